#pragma once

#include <QString>

namespace veille {

// Plain text from an HTML fragment as feeds carry it: tags removed (script and style with
// their content), block elements as line breaks, entities decoded, white space folded.
// Nothing is rendered or run. Written by hand to keep core free of QtGui (QTextDocument).
QString htmlToPlainText(const QString &html);

// Decodes character and common named entities only.
QString decodeEntities(const QString &text);

} // namespace veille
