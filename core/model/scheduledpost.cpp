#include "scheduledpost.h"

#include <array>
#include <utility>

namespace veille {

namespace {
constexpr std::array<std::pair<PostStatus, const char *>, 6> kNames{{
    {PostStatus::Draft, "draft"},
    {PostStatus::Scheduled, "scheduled"},
    {PostStatus::Sending, "sending"},
    {PostStatus::Sent, "sent"},
    {PostStatus::Failed, "failed"},
    {PostStatus::Missed, "missed"},
}};
} // namespace

QString postStatusName(PostStatus status) {
    for (const auto &[value, name] : kNames) {
        if (value == status)
            return QLatin1String(name);
    }
    return QStringLiteral("draft");
}

std::optional<PostStatus> postStatusFromName(const QString &name) {
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace veille
