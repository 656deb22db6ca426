#pragma once

#include <QFrame>

class QLabel;

namespace veille::ui {

// One figure of the Overview, with its change against the previous period in words.
class KpiTile : public QFrame {
    Q_OBJECT
public:
    explicit KpiTile(const QString &title, QWidget *parent = nullptr);
    void setValue(const QString &value, const QString &change = {}, bool changeIsGood = true);
    QString valueText() const;
    QString changeText() const;
    // The same figure in the saved baseline, in words (empty: no baseline).
    void setBaseline(const QString &text);
    QString baselineText() const;

private:
    QLabel *m_value;
    QLabel *m_change;
    QLabel *m_baseline;
};

} // namespace veille::ui
