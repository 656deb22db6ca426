#include "customtermstore.h"

#include "storage/mentionstore.h"

#include <QSqlQuery>

namespace veille {

CustomTermStore::CustomTermStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

Expected<bool> CustomTermStore::set(const QString &term, double score, const QDateTime &at) {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO custom_terms (term, score, added_at) VALUES (:term, "
                       ":score, :at) ON CONFLICT (term) DO UPDATE SET score = excluded.score, "
                       "added_at = excluded.added_at"));
    q.bindValue(QStringLiteral(":term"), term.simplified().toLower());
    q.bindValue(QStringLiteral(":score"), score);
    q.bindValue(QStringLiteral(":at"), at.toMSecsSinceEpoch());
    if (!q.exec())
        return queryError(q);
    return true;
}

Expected<bool> CustomTermStore::remove(const QString &term) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM custom_terms WHERE term = :term"));
    q.bindValue(QStringLiteral(":term"), term.simplified().toLower());
    if (!q.exec())
        return queryError(q);
    return q.numRowsAffected() == 1;
}

Expected<QList<std::pair<QString, double>>> CustomTermStore::all() {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT term, score FROM custom_terms ORDER BY term")))
        return queryError(q);
    QList<std::pair<QString, double>> terms;
    while (q.next())
        terms.append({q.value(0).toString(), q.value(1).toDouble()});
    return terms;
}

Expected<Lexicon> CustomTermStore::lexicon() {
    auto terms = all();
    if (failed(terms))
        return std::get<StorageError>(terms);
    Lexicon lexicon;
    for (const auto &[term, score] : std::get<0>(terms))
        lexicon.set(term, score);
    return lexicon;
}

} // namespace veille
