#pragma once

#include <QMetaType>
#include <QString>

namespace veille {

// What the manager listens for: the brand, a competitor or a theme, as a boolean query.
struct Topic {
    qint64 id = 0;
    QString name;
    QString query;
    bool competitor = false;
    friend bool operator==(const Topic &, const Topic &) = default;
};

} // namespace veille

Q_DECLARE_METATYPE(veille::Topic)
