#pragma once

#include "connector.h"

#include <QJsonObject>

namespace veille {

// A YouTube channel: its public feed (no key) gives the videos; with the manager's API key
// (the source's account secret) the comment threads of the newest videos are read too, from
// the Data API v3. The source's query is the channel id (UC…); the URL, when set, replaces
// both www.youtube.com and www.googleapis.com (tests). The cursor is the newest comment time.
class YouTubeConnector : public Connector {
    Q_OBJECT
public:
    using Connector::Connector;
    void start() override;
    static Mention mentionFromCommentThread(const QJsonObject &thread, const QString &sourceName);
    static constexpr int kVideosWithComments = 5;

private:
    void fetchComments();
    QStringList m_videoIds;
    qsizetype m_current = 0;
    QDateTime m_since;
    QDateTime m_newest;
};

} // namespace veille
