// The composer's preview: a post drawn as its network will show it.
#include "postpreview.h"

#include "composerdialog.h"

#include "common/labels.h"
#include "publishing/postformat.h"

#include <QFileInfo>

namespace veille::ui {

QString postPreviewHtml(const Account &account, const QString &text, const QString &warning,
                        const QList<PostMedia> &media, const QString &visibility) {
    const bool bluesky = account.network == QLatin1String("bluesky");
    const int limit = postLimit(account.network, account.maxCharacters);
    const int length = postLength(account.network, text, account.urlLength);
    QString body;
    qsizetype at = 0;
    for (const PostSpan &span : postSpans(text)) {
        if (span.start < at)
            continue;
        body += text.mid(at, span.start - at).toHtmlEscaped();
        body += QStringLiteral("<span style=\"color:#1d6fd8\">") +
                text.mid(span.start, span.length).toHtmlEscaped() + QStringLiteral("</span>");
        at = span.start + span.length;
    }
    body += text.mid(at).toHtmlEscaped();
    body.replace(u'\n', QStringLiteral("<br>"));
    // A card per account: a bordered table is what QTextBrowser draws reliably.
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\" "
                                  "style=\"border: 1px solid #c9ced6; margin-bottom: 10px\">"
                                  "<tr><td><b>%1</b> · %2")
                       .arg(networkLabel(account.network), account.name.toHtmlEscaped());
    if (!bluesky && !visibility.isEmpty())
        html += QStringLiteral(" · ") + visibility.toHtmlEscaped();
    if (!bluesky && !warning.isEmpty())
        html +=
            QStringLiteral("<p style=\"background:#fff4d6; color:#3a2e00\">⚠ %1 — <i>%2</i></p>")
                .arg(warning.toHtmlEscaped(), ComposerDialog::tr("shown on request"));
    html += QStringLiteral("<p>") + body + QStringLiteral("</p>");
    for (const PostMedia &m : media)
        html += QStringLiteral("<p style=\"color:#8a8f98\">🖼 %1 — %2</p>")
                    .arg(QFileInfo(m.path).fileName().toHtmlEscaped(),
                         m.alt.isEmpty() ? ComposerDialog::tr("no description")
                                         : m.alt.toHtmlEscaped());
    html += QStringLiteral("<p style=\"color:%1\">%2</p></td></tr></table>")
                .arg(length > limit ? QStringLiteral("#b3261e") : QStringLiteral("#8a8f98"),
                     ComposerDialog::tr("%1 of %2").arg(length).arg(limit));
    return html;
}

} // namespace veille::ui
