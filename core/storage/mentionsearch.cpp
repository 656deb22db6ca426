// How a search finds its first page: the plan chosen from how common its words are, the walk
// over the newest mentions for common words, and the word helpers both plans share. Split from
// mentionstore.cpp, which keeps the rows themselves.
#include "mentionsearch.h"

#include "mentionstore.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <QVarLengthArray>

#include <algorithm>
#include <array>
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

namespace {
// A letter beyond ASCII as the index folds it: its canonical decomposition without its marks,
// in lower case. The Latin letters of French and the other Western languages (up to U+024F)
// come from a table made once; the rest are decomposed as they come.
void appendFolded(QString &out, QChar c) {
    static const auto latin = [] {
        std::array<QString, 0x250> table;
        for (char16_t u = 0x80; u < 0x250; ++u) {
            for (const QChar d : QString(QChar(u)).normalized(QString::NormalizationForm_D))
                if (d.category() != QChar::Mark_NonSpacing)
                    table[u].append(d.toLower());
        }
        return table;
    }();
    if (c.unicode() < latin.size()) {
        out += latin[c.unicode()];
        return;
    }
    for (const QChar d : QString(c).normalized(QString::NormalizationForm_D))
        if (d.category() != QChar::Mark_NonSpacing)
            out.append(d.toLower());
}
} // namespace

// The same words as the index holds them for a text: unicode61 keeps letters and digits
// (underscore separates), and remove_diacritics folds accents away. Called on every text a
// search walks past (thousands for a common word), so each word of the text is folded into
// one buffer and compared as it ends, and the walk stops once every word is found.
bool containsAllWords(const QString &text, const QStringList &words) {
    if (words.isEmpty())
        return true;
    QVarLengthArray<bool, 8> found(words.size(), false);
    qsizetype missing = words.size();
    QString current;
    current.reserve(32);
    // Whether the word just ended was the last one missing.
    auto wordEnds = [&] {
        if (current.isEmpty())
            return false;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (!found[i] && words[i] == current) {
                found[i] = true;
                --missing;
            }
        }
        current.resize(0); // keeps its room
        return missing == 0;
    };
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
                current.append(c);
            else if (u >= u'A' && u <= u'Z')
                current.append(QChar(u + (u'a' - u'A')));
            else if (wordEnds())
                return true;
        } else if (c.isLetterOrNumber()) {
            appendFolded(current, c);
        } else if (!c.isMark() && wordEnds()) {
            return true;
        }
    }
    return wordEnds();
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

std::optional<double> MentionStore::commonness(const QString &search, qint64 newestRows) {
    const QString fts = ftsQuery(search);
    if (fts.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db);
    // The newest mentions are at one end of the row ids: the highest for mentions collected
    // as they came, the lowest for an import of an export (written newest first). Each end's
    // time tells which.
    if (!q.exec(QStringLiteral(
            "SELECT lo.row_id, lo.created_at, hi.row_id, hi.created_at FROM "
            "(SELECT row_id, created_at FROM mentions ORDER BY row_id LIMIT 1) AS lo, "
            "(SELECT row_id, created_at FROM mentions ORDER BY row_id DESC LIMIT 1) AS hi")) ||
        !q.next())
        return std::nullopt;
    const qint64 lowest = q.value(0).toLongLong();
    const qint64 highest = q.value(2).toLongLong();
    const bool newestLow = q.value(1).toLongLong() > q.value(3).toLongLong();
    // How often the words occur among the newest mentions, counted only as far as needed to
    // call them common: counting every match of a word found in most of a million mentions
    // costs more than the search itself.
    const qint64 sample = std::min<qint64>(highest - lowest + 1, std::max<qint64>(1, newestRows));
    const qint64 enough = sample / 5; // past one in five, the walk is short anyway
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM mentions_fts "
                             "WHERE mentions_fts MATCH :fts AND rowid BETWEEN :from AND :to "
                             "LIMIT :enough)"));
    q.bindValue(QStringLiteral(":fts"), fts);
    q.bindValue(QStringLiteral(":from"), newestLow ? lowest : highest - sample + 1);
    q.bindValue(QStringLiteral(":to"), newestLow ? lowest + sample - 1 : highest);
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
    qint64 walked = 0;
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
        // The next page sized for the matches still wanted, at the density seen so far.
        walked += read;
        const double seen =
            std::max(double(kept.size()) / double(std::max<qint64>(walked, 1)), density / 4);
        page.limit =
            int(std::clamp((wanted - kept.size()) * 1.3 / std::max(seen, 0.001), 256.0, 4096.0));
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
