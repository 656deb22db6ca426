#pragma once

#include "model/account.h"
#include "model/scheduledpost.h"

#include <QList>
#include <QString>

namespace veille::ui {

// The post as the network will show it: text as text (never markup), links, tags and
// mentions coloured, the content warning and visibility where the network has them, the
// images with their descriptions, and the count against the account's limit, marked when
// past it.
QString postPreviewHtml(const Account &account, const QString &text, const QString &warning,
                        const QList<PostMedia> &media, const QString &visibility);

} // namespace veille::ui
