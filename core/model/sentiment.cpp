#include "sentiment.h"

namespace veille {

QString sentimentLabelName(SentimentLabel label) {
    switch (label) {
    case SentimentLabel::Negative:
        return QStringLiteral("negative");
    case SentimentLabel::Neutral:
        return QStringLiteral("neutral");
    case SentimentLabel::Positive:
        return QStringLiteral("positive");
    case SentimentLabel::Unknown:
        break;
    }
    return {};
}

SentimentLabel sentimentLabelFromName(const QString &name) {
    if (name == QLatin1String("positive"))
        return SentimentLabel::Positive;
    if (name == QLatin1String("negative"))
        return SentimentLabel::Negative;
    if (name == QLatin1String("neutral"))
        return SentimentLabel::Neutral;
    return SentimentLabel::Unknown;
}

} // namespace veille
