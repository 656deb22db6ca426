#include "youtubeconnector.h"

#include "feed/feedparser.h"
#include "feedconnector.h"
#include "jsonmention.h"
#include "net/httpclient.h"
#include "util/isotime.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace veille {

Mention YouTubeConnector::mentionFromCommentThread(const QJsonObject &thread,
                                                   const QString &sourceName) {
    const QJsonObject snippet = thread.value(u"snippet").toObject();
    const QJsonObject top = snippet.value(u"topLevelComment").toObject();
    const QJsonObject comment = top.value(u"snippet").toObject();
    Mention m;
    m.network = QStringLiteral("youtube");
    m.id = QStringLiteral("youtube:") + top.value(u"id").toString(thread.value(u"id").toString());
    m.source = sourceName;
    const QString video = snippet.value(u"videoId").toString(comment.value(u"videoId").toString());
    m.url = QStringLiteral("https://www.youtube.com/watch?v=%1&lc=%2")
                .arg(video, top.value(u"id").toString());
    m.createdAt = jsonTime(comment.value(u"publishedAt"));
    // textOriginal is the plain text; textDisplay is HTML.
    m.text = comment.value(u"textOriginal").toString();
    m.replyTo = QStringLiteral("youtube:") + video;
    m.metrics.likes = comment.value(u"likeCount").toInteger();
    m.metrics.replies = snippet.value(u"totalReplyCount").toInteger();
    const QString channel = comment.value(u"authorChannelId").toObject().value(u"value").toString();
    const QString name = comment.value(u"authorDisplayName").toString();
    m.author.network = m.network;
    m.author.id = QStringLiteral("youtube:") + (channel.isEmpty() ? name : channel);
    m.author.handle = name;
    m.author.name = name.startsWith(u'@') ? name.mid(1) : name;
    m.author.url = comment.value(u"authorChannelUrl").toString();
    return m;
}

void YouTubeConnector::start() {
    const QString channel = m_source.query.trimmed();
    if (channel.isEmpty()) {
        fail(FetchOutcome::Status::Failed,
             Connector::tr("a YouTube source needs the channel id (UC…) as its query"));
        return;
    }
    m_since = parseIsoDateTime(m_cursor.position, MissingOffset::AssumeUtc).value_or(QDateTime());
    m_newest = m_since;
    QUrl feed = baseUrl(QStringLiteral("https://www.youtube.com"));
    feed.setPath(feed.path() + QStringLiteral("/feeds/videos.xml"));
    feed.setQuery(QStringLiteral("channel_id=") + channel);
    HttpRequest request;
    request.url = feed;
    request.etag = m_cursor.etag;
    request.lastModified = m_cursor.lastModified;
    send(request, [this](const HttpResponse &response) {
        if (!response.notModified) {
            const FeedDocument document = parseFeed(response.body, response.url);
            if (!document.readable()) {
                fail(FetchOutcome::Status::Failed, document.error);
                return;
            }
            for (const FeedItem &item : document.items) {
                Mention m = FeedConnector::mentionFromItem(item, response.url, document.title,
                                                           m_source.name);
                const QString video = item.id.section(u':', -1);
                m.network = QStringLiteral("youtube");
                m.id = QStringLiteral("youtube:") + video;
                m.author.network = m.network;
                m.author.id = QStringLiteral("youtube:") + m_source.query.trimmed();
                m_outcome.mentions.append(m);
                if (m_videoIds.size() < kVideosWithComments && !video.isEmpty())
                    m_videoIds.append(video);
            }
            m_cursor.etag = response.header("ETag");
            m_cursor.lastModified = response.header("Last-Modified");
        }
        if (m_context.secret.isEmpty()) { // no key: the videos only
            succeed();
            return;
        }
        fetchComments();
    });
}

void YouTubeConnector::fetchComments() {
    if (m_current >= m_videoIds.size()) {
        if (m_newest.isValid())
            m_cursor.position = toIsoUtc(m_newest);
        succeed();
        return;
    }
    QUrl url = baseUrl(QStringLiteral("https://www.googleapis.com"));
    url.setPath(url.path() + QStringLiteral("/youtube/v3/commentThreads"));
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("part"), QStringLiteral("snippet"));
    params.addQueryItem(QStringLiteral("videoId"), m_videoIds.at(m_current));
    params.addQueryItem(QStringLiteral("order"), QStringLiteral("time"));
    params.addQueryItem(QStringLiteral("maxResults"), QStringLiteral("100"));
    params.addQueryItem(QStringLiteral("textFormat"), QStringLiteral("plainText"));
    params.addQueryItem(QStringLiteral("key"), m_context.secret);
    url.setQuery(params);
    HttpRequest request;
    request.url = url;
    send(
        request,
        [this](const HttpResponse &response) {
            const auto document = parseJson(response);
            if (!document)
                return;
            for (const QJsonValue &thread : document->object().value(u"items").toArray()) {
                const Mention m = mentionFromCommentThread(thread.toObject(), m_source.name);
                if (!m.createdAt.isValid() || (m_since.isValid() && m.createdAt < m_since))
                    continue;
                if (!m_newest.isValid() || m.createdAt > m_newest)
                    m_newest = m.createdAt;
                m_outcome.mentions.append(m);
            }
            ++m_current;
            fetchComments();
        },
        [this](const HttpResponse &response) {
            // Comments turned off on one video answers 403 commentsDisabled: skip that video.
            if (response.status == 403 && response.body.contains("commentsDisabled")) {
                ++m_current;
                fetchComments();
                return;
            }
            fail(response);
        });
}

} // namespace veille
