#include "sqlscript.h"

#include <QRegularExpression>

namespace veille {

QStringList splitSqlScript(const QString &script) {
    QStringList statements;
    QString current;
    bool inQuote = false;
    QChar quote;
    int blockDepth = 0; // > 0 inside a trigger body
    QString word;       // the word being read, to see BEGIN / END / CASE

    auto endWord = [&]() {
        const QString upper = word.toUpper();
        if (upper == QLatin1String("BEGIN") || upper == QLatin1String("CASE")) {
            // BEGIN opens a body only inside CREATE TRIGGER; a plain BEGIN statement ends at ';'.
            if (upper == QLatin1String("CASE") ||
                current.simplified().toUpper().startsWith(QLatin1String("CREATE TRIGGER")))
                ++blockDepth;
        } else if (upper == QLatin1String("END") && blockDepth > 0) {
            --blockDepth;
        }
        word.clear();
    };

    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (inQuote) {
            current.append(c);
            if (c == quote)
                inQuote = false;
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < script.size() &&
            script.at(i + 1) == QLatin1Char('-')) {
            endWord();
            while (i < script.size() && script.at(i) != QLatin1Char('\n'))
                ++i;
            current.append(QLatin1Char('\n'));
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            endWord();
            inQuote = true;
            quote = c;
            current.append(c);
            continue;
        }
        if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            word.append(c);
            current.append(c);
            continue;
        }
        endWord();
        if (c == QLatin1Char(';') && blockDepth == 0) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                statements.append(statement);
            current.clear();
            continue;
        }
        current.append(c);
    }
    endWord();
    const QString rest = current.trimmed();
    if (!rest.isEmpty())
        statements.append(rest);
    return statements;
}

} // namespace veille
