#include "source.h"

#include <QStringList>

namespace veille {

QStringList sourceKinds() {
    return {QStringLiteral("rss"),    QStringLiteral("mastodon"),   QStringLiteral("bluesky"),
            QStringLiteral("reddit"), QStringLiteral("hackernews"), QStringLiteral("youtube")};
}

bool isKnownSourceKind(const QString &kind) {
    return sourceKinds().contains(kind);
}

} // namespace veille
