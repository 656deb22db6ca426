#include "mention.h"

namespace veille {

QString mentionStatusName(MentionStatus status) {
    switch (status) {
    case MentionStatus::New:
        return QStringLiteral("new");
    case MentionStatus::Read:
        return QStringLiteral("read");
    case MentionStatus::Assigned:
        return QStringLiteral("assigned");
    case MentionStatus::Resolved:
        return QStringLiteral("resolved");
    }
    return QStringLiteral("new");
}

std::optional<MentionStatus> mentionStatusFromName(const QString &name) {
    if (name == QLatin1String("new"))
        return MentionStatus::New;
    if (name == QLatin1String("read"))
        return MentionStatus::Read;
    if (name == QLatin1String("assigned"))
        return MentionStatus::Assigned;
    if (name == QLatin1String("resolved"))
        return MentionStatus::Resolved;
    return std::nullopt;
}

} // namespace veille
