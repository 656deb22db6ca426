#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace veille {

// Turns the bytes of a feed as found in the wild into XML text QXmlStreamReader can read:
// gunzips, honours a byte-order mark or the declared encoding (any ICU knows), falls back to
// windows-1252 for undeclared non-UTF-8 bytes, and repairs what makes XML parsers give up —
// bare '&', HTML named entities XML does not define, control characters.
QString decodeFeedBytes(QByteArray bytes, QStringList &warnings);

// The repairs alone, on text already decoded.
QString repairXmlText(const QString &text, QStringList &warnings);

} // namespace veille
