#include "segmentrulesdialog.h"

#include "community/rosterstore.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace veille::ui {

SegmentRulesDialog::SegmentRulesDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("SegmentRulesDialog"));
    setWindowTitle(tr("Segment rules"));
    auto *layout = new QVBoxLayout(this);
    QFormLayout *form = nullptr;
    auto group = [&](const QString &title) {
        auto *box = new QGroupBox(title);
        form = new QFormLayout(box);
        layout->addWidget(box);
    };
    // A whole number, or a decimal shown as the manager thinks of it (a percentage, a rate).
    auto whole = [&](const QString &label, int max, auto member) {
        auto *spin = new QSpinBox;
        spin->setRange(0, max);
        spin->setGroupSeparatorShown(true);
        form->addRow(label, spin);
        m_fields.append(
            {spin, nullptr, [member](const SegmentRules &r) { return double(r.*member); },
             [member](SegmentRules &r, double v) {
                 r.*member = static_cast<std::remove_reference_t<decltype(r.*member)>>(v);
             }});
    };
    auto decimal = [&](const QString &label, double scale, double max, int decimals,
                       const QString &suffix, double SegmentRules::*member) {
        auto *spin = new QDoubleSpinBox;
        spin->setRange(0, max);
        spin->setDecimals(decimals);
        spin->setSuffix(suffix);
        form->addRow(label, spin);
        m_fields.append({nullptr, spin,
                         [member, scale](const SegmentRules &r) { return r.*member * scale; },
                         [member, scale](SegmentRules &r, double v) { r.*member = v / scale; }});
    };
    const QString percent = QStringLiteral(" %");
    group(tr("The period looked at"));
    whole(tr("Days:"), 730, &SegmentRules::windowDays);
    group(tr("Enthusiasts: frequent, mostly positive"));
    whole(tr("At least this many mentions:"), 10000, &SegmentRules::enthusiastMentions);
    decimal(tr("Positive, at least:"), 100, 100, 0, percent, &SegmentRules::enthusiastPositive);
    group(tr("Show-offs: a large audience their mentions hardly move"));
    whole(tr("Followers, at least:"), 100000000, &SegmentRules::showOffFollowers);
    decimal(tr("Interactions per thousand followers, under:"), 1000, 1000, 2, QString(),
            &SegmentRules::showOffEngagement);
    group(tr("Timid: rare, small audience, asking or replying"));
    whole(tr("At most this many mentions:"), 1000, &SegmentRules::timidMentions);
    whole(tr("Followers, at most:"), 1000000, &SegmentRules::timidFollowers);
    decimal(tr("Questions or replies, at least:"), 100, 100, 0, percent,
            &SegmentRules::timidQuestions);
    group(tr("Indifferent: sporadic, neutral, here and there"));
    whole(tr("At most this many mentions:"), 1000, &SegmentRules::indifferentMentions);
    decimal(tr("Average sentiment within ±"), 1, 1, 2, QString(),
            &SegmentRules::indifferentSentiment);
    group(tr("Blasé: once active and positive, now quiet or souring"));
    whole(tr("Mentions before, at least:"), 10000, &SegmentRules::blaseEarlierMentions);
    whole(tr("Recent days:"), 365, &SegmentRules::blaseRecentDays);
    decimal(tr("Recent activity, at most:"), 100, 100, 0, percent, &SegmentRules::blaseDecline);
    group(tr("Ambassadors and detractors"));
    decimal(tr("Average sentiment beyond ±"), 1, 1, 2, QString(),
            &SegmentRules::influenceSentiment);
    whole(tr("Followers, at least:"), 100000000, &SegmentRules::influenceFollowers);
    whole(tr("Or interactions a mention, at least:"), 1000000, &SegmentRules::influenceEngagement);
    group(tr("Suspicious audience"));
    decimal(tr("Followers multiplied between two observations by:"), 1, 100, 1,
            QStringLiteral(" ×"), &SegmentRules::suspiciousJump);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setRules(SegmentRules{}); });
    connect(buttons, &QDialogButtonBox::accepted, this, &SegmentRulesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setRules(SegmentRules{});
    if (m_workspace) {
        setEnabled(false); // until the workspace's own rules are in
        connect(m_workspace->reader(), &WorkspaceReader::segmentRulesFetched, this,
                [this](quint64 ticket, const veille::SegmentRules &rules) {
                    if (ticket != m_ticket)
                        return;
                    setRules(rules);
                    setEnabled(true);
                });
        m_ticket = m_workspace->reader()->requestSegmentRules();
    }
}

void SegmentRulesDialog::setRules(const SegmentRules &rules) {
    for (const Field &f : std::as_const(m_fields)) {
        if (f.whole)
            f.whole->setValue(int(f.read(rules)));
        else
            f.decimal->setValue(f.read(rules));
    }
}

SegmentRules SegmentRulesDialog::rules() const {
    SegmentRules rules;
    for (const Field &f : m_fields)
        f.write(rules, f.whole ? double(f.whole->value()) : f.decimal->value());
    return rules;
}

void SegmentRulesDialog::save() {
    if (!m_workspace)
        return;
    const SegmentRules chosen = rules();
    const QDateTime now = m_workspace->clock().now();
    setEnabled(false);
    m_workspace->writer()->submit(
        [chosen, now](QSqlDatabase &db) -> Expected<QVariant> {
            RosterStore roster(db);
            const auto set = roster.setRules(chosen);
            if (failed(set))
                return std::get<StorageError>(set);
            const auto changed = roster.classifyAll(now);
            if (failed(changed))
                return std::get<StorageError>(changed);
            return QVariant(std::get<int>(changed));
        },
        this,
        [this](const QVariant &changed) {
            Q_EMIT saved(changed.toInt());
            accept();
        },
        [this](const QString &reason) {
            setEnabled(true);
            Q_EMIT saveFailed(reason);
        });
}

} // namespace veille::ui
