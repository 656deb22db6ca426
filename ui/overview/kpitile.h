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

private:
    QLabel *m_value;
    QLabel *m_change;
};

} // namespace veille::ui
