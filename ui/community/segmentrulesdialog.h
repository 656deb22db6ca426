#pragma once

#include "community/segmentrules.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QDoubleSpinBox;
class QSpinBox;

namespace veille {
class Workspace;
}

namespace veille::ui {

// The thresholds of the segment rules, for the whole team (kept in the workspace). Saving
// decides every author's segment again on the writer thread.
class SegmentRulesDialog : public QDialog {
    Q_OBJECT
public:
    SegmentRulesDialog(Workspace *workspace, QWidget *parent = nullptr);
    void setRules(const SegmentRules &rules);
    SegmentRules rules() const;
    void save();

Q_SIGNALS:
    void saved(int changed);
    void saveFailed(const QString &reason);

private:
    struct Field {
        QSpinBox *whole = nullptr;
        QDoubleSpinBox *decimal = nullptr;
        std::function<double(const SegmentRules &)> read;
        std::function<void(SegmentRules &, double)> write;
    };
    QPointer<Workspace> m_workspace;
    QList<Field> m_fields;
    quint64 m_ticket = 0;
};

} // namespace veille::ui
