#pragma once

#include "author.h"
#include "mention.h"
#include "scheduledpost.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace veille {

// The JSON Lines formats of CLI.md — mention, author, post — read and written here only.

struct JsonReadError {
    QString reason;
};

std::variant<Mention, JsonReadError> mentionFromJsonLine(const QByteArray &line);
std::variant<Mention, JsonReadError> mentionFromJson(const QJsonObject &object);
QJsonObject mentionToJson(const Mention &mention);
QByteArray mentionToJsonLine(const Mention &mention); // compact, no trailing newline

QJsonObject authorToJson(const Author &author);
QJsonObject postToJson(const ScheduledPost &post);

QByteArray toJsonLine(const QJsonObject &object);

} // namespace veille
