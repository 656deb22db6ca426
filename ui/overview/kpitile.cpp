#include "kpitile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace veille::ui {

KpiTile::KpiTile(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("—")))
    , m_change(new QLabel)
    , m_baseline(new QLabel) {
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(170);
    auto *caption = new QLabel(title);
    caption->setWordWrap(true);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_change->setWordWrap(true);
    m_baseline->setWordWrap(true);
    m_baseline->setVisible(false);
    QPalette grey = m_baseline->palette();
    grey.setColor(QPalette::WindowText, QColor(0x6b, 0x77, 0x85));
    m_baseline->setPalette(grey);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_baseline);
    layout->addStretch(1);
}

void KpiTile::setValue(const QString &value, const QString &change, bool changeIsGood) {
    m_value->setText(value);
    m_change->setText(change);
    QPalette palette = m_change->palette();
    palette.setColor(QPalette::WindowText,
                     changeIsGood ? QColor(0x2e, 0x8b, 0x57) : QColor(0xc6, 0x28, 0x28));
    m_change->setPalette(palette);
}

void KpiTile::setBaseline(const QString &text) {
    m_baseline->setText(text);
    m_baseline->setVisible(!text.isEmpty());
}

QString KpiTile::baselineText() const {
    return m_baseline->text();
}

QString KpiTile::changeText() const {
    return m_change->text();
}

QString KpiTile::valueText() const {
    return m_value->text();
}

} // namespace veille::ui
