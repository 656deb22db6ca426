#pragma once

#include <QString>

namespace veille {

// The three labels the whole product speaks in (CLI, database, UI, report).
enum class SentimentLabel { Unknown, Negative, Neutral, Positive };

QString sentimentLabelName(SentimentLabel label);
// Returns Unknown for anything that is not one of "positive", "negative", "neutral".
SentimentLabel sentimentLabelFromName(const QString &name);

struct Sentiment {
    SentimentLabel label = SentimentLabel::Unknown;
    double score = 0.0; // in [-1, 1]

    bool isKnown() const { return label != SentimentLabel::Unknown; }
    friend bool operator==(const Sentiment &, const Sentiment &) = default;
};

} // namespace veille
