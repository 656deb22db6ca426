// How a search finds its first page: the plan chosen from how common its words are, the walk
// over the newest mentions for common words, and the word helpers both plans share. Split from
// mentionstore.cpp, which keeps the rows themselves.
#include "mentionsearch.h"

#include "mentionstore.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace veille {

// The words of a search as the index stores them: lower case, accents removed.
QStringList foldedWords(const QString &text) {
    static const QRegularExpression separators(QStringLiteral(R"([^\w]+)"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        QString folded;
        for (const QChar c : word.normalized(QString::NormalizationForm_D))
            if (c.category() != QChar::Mark_NonSpacing)
                folded.append(c.toLower());
        words.append(folded);
    }
    return words;
}

// The same words as the index holds them for a text: unicode61 keeps letters and digits
// (underscore separates), and remove_diacritics folds accents away.
bool containsAllWords(const QString &text, const QStringList &words) {
    QStringList found;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty()) {
            found.append(current);
            current.clear();
        }
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (c.unicode() < 0x80) {
                current.append(c.toLower());
            } else {
                for (const QChar d : QString(c).normalized(QString::NormalizationForm_D))
                    if (d.category() != QChar::Mark_NonSpacing)
                        current.append(d.toLower());
            }
        } else if (!c.isMark()) {
            flush();
        }
    }
    flush();
    for (const QString &word : words)
        if (!found.contains(word))
            return false;
    return true;
}

// Words typed by the user become an FTS5 query of quoted terms, so punctuation or FTS
// operators in the text are searched for, never interpreted.
QString ftsQuery(const QString &text) {
    static const QRegularExpression separators(QStringLiteral(R"([^\w]+)"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms.append(QLatin1Char('"') + word + QLatin1Char('"'));
    return terms.join(QLatin1Char(' '));
}

bool preferTimeWalk(qint64 matching, qint64 mentions) {
    // Walking newest first reads about limit / density rows; collecting costs one step per
    // match and a sort. Measured on a million mentions ("sav", 3 % of them: 60 ms collected,
    // 15 ms walked), walking wins once the words are in more than one mention in a hundred.
    return mentions > 0 && matching * 100 > mentions;
}

std::optional<double> MentionStore::commonness(const QString &search) {
    const QString fts = ftsQuery(search);
    if (fts.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(row_id) FROM mentions")) || !q.next())
        return std::nullopt;
    const qint64 newest = q.value(0).toLongLong();
    // How often the words occur among the newest mentions, counted only as far as needed to
    // call them common: counting every match of a word found in most of a million mentions
    // costs more than the search itself.
    const qint64 sample = std::min<qint64>(newest, 10000);
    const qint64 enough = sample / 5; // past one in five, the walk is short anyway
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM mentions_fts "
                             "WHERE mentions_fts MATCH :fts AND rowid > :from LIMIT :enough)"));
    q.bindValue(QStringLiteral(":fts"), fts);
    q.bindValue(QStringLiteral(":from"), newest - sample);
    q.bindValue(QStringLiteral(":enough"), enough);
    if (!q.exec() || !q.next() || !preferTimeWalk(q.value(0).toLongLong(), sample))
        return std::nullopt;
    return double(q.value(0).toLongLong()) / double(sample);
}

Expected<QList<Mention>> MentionStore::find(const MentionQuery &request) {
    MentionQuery query = request;
    const std::optional<double> density =
        query.search.trimmed().isEmpty() ? std::nullopt : commonness(query.search);
    query.timeWalkSearch = density.has_value();
    auto found = density ? walkNewest(query, *density) : select(query);
    if (failed(found))
        return found;
    QList<Mention> mentions = std::get<QList<Mention>>(std::move(found));
    if (auto error = attachTopics(mentions))
        return *error;
    return mentions;
}

Expected<QList<Mention>> MentionStore::walkNewest(const MentionQuery &request, double density) {
    // Words in many mentions: reading the newest mentions and checking their words here is far
    // cheaper than asking the index about each row. Only id, time and text are read while
    // walking; the full rows (with their authors) of the ones kept come at the end.
    const QStringList words = foldedWords(request.search);
    MentionQuery page = request;
    page.search.clear();
    const int wanted = request.limit > 0 ? request.limit : std::numeric_limits<int>::max();
    // Pages sized to hold the wanted matches at the density seen, with some room.
    page.limit = int(std::clamp(wanted * 1.3 / std::max(density, 0.001), 256.0, 4096.0));
    QList<MentionCursor> kept;
    std::optional<MentionCursor> resumeFrom;
    bool exhausted = false;
    for (int pages = 0; kept.size() < wanted && !exhausted; ++pages) {
        if (pages == 32) { // far rarer here than overall (other filters): let the index answer
            resumeFrom = page.olderThan;
            break;
        }
        QVariantMap binds;
        const QString where = whereClause(page, binds);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT m.row_id, m.created_at, m.text FROM mentions m") + where +
                  QStringLiteral(" ORDER BY m.created_at DESC, m.row_id DESC LIMIT :limit"));
        for (auto it = binds.cbegin(); it != binds.cend(); ++it)
            q.bindValue(it.key(), it.value());
        q.bindValue(QStringLiteral(":limit"), page.limit);
        if (!q.exec())
            return queryError(q);
        int read = 0;
        MentionCursor last;
        while (q.next()) {
            ++read;
            last = {q.value(1).toLongLong(), q.value(0).toLongLong()};
            if (kept.size() < wanted && containsAllWords(q.value(2).toString(), words))
                kept.append(last);
        }
        exhausted = read < page.limit;
        page.olderThan = last;
    }
    QList<qint64> ids;
    for (const MentionCursor &c : kept)
        ids.append(c.rowId);
    auto found = byRowIds(ids);
    if (failed(found))
        return found;
    QList<Mention> mentions = std::get<QList<Mention>>(std::move(found));
    if (resumeFrom && mentions.size() < wanted) {
        MentionQuery rest = request;
        rest.timeWalkSearch = false;
        rest.limit = wanted - int(mentions.size());
        rest.olderThan = resumeFrom;
        auto more = select(rest);
        if (failed(more))
            return more;
        mentions += std::get<QList<Mention>>(more);
    }
    return mentions;
}

} // namespace veille
