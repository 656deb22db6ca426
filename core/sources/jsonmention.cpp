#include "jsonmention.h"

#include "util/isotime.h"

#include <QUrlQuery>

namespace veille {

QDateTime jsonTime(const QJsonValue &value) {
    if (!value.isString())
        return {};
    return parseIsoDateTime(value.toString(), MissingOffset::AssumeUtc).value_or(QDateTime());
}

std::optional<qint64> jsonCount(const QJsonValue &value) {
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QString linkHeaderParam(const QByteArray &linkHeader, const QByteArray &rel, const QString &param) {
    for (const QByteArray &entry : linkHeader.split(',')) {
        const qsizetype open = entry.indexOf('<');
        const qsizetype close = entry.indexOf('>', open + 1);
        if (open < 0 || close < 0)
            continue;
        const QByteArray attributes = entry.mid(close + 1);
        const QByteArray quoted = QByteArray("rel=\"") + rel + '"';
        const QByteArray bare = QByteArray("rel=") + rel;
        if (!attributes.contains(quoted) && !attributes.contains(bare))
            continue;
        const QUrl url(QString::fromUtf8(entry.mid(open + 1, close - open - 1)));
        return QUrlQuery(url).queryItemValue(param, QUrl::FullyDecoded);
    }
    return {};
}

bool numericIdLess(const QString &a, const QString &b) {
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

} // namespace veille
