#pragma once

#include <QString>
#include <QStringList>

namespace veille {

// Shared by the two search plans of MentionStore (see mentionsearch.cpp).

// The words of a search as the index stores them: lower case, accents removed.
QStringList foldedWords(const QString &text);
// Whether a text holds every word, cut and folded as the index's tokenizer does.
bool containsAllWords(const QString &text, const QStringList &words);
// Words typed by the user as an FTS5 query of quoted terms (operators never interpreted).
QString ftsQuery(const QString &text);

} // namespace veille
