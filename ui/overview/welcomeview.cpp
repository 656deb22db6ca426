#include "welcomeview.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace veille::ui {

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent)
    , m_addSource(new QPushButton(tr("Add a source")))
    , m_demo(new QPushButton(tr("Explore the demo workspace")))
    , m_progress(new QLabel) {
    setObjectName(QStringLiteral("WelcomeView"));
    auto *title = new QLabel(tr("Welcome to Veille"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *text = new QLabel(
        tr("Veille listens to what is said about your brand on Mastodon, Bluesky, Reddit, Hacker "
           "News, YouTube and the web, keeps it on this computer, and helps you answer, follow "
           "sentiment and report to management.\n\nStart by telling Veille where to listen, or "
           "look around a demo workspace first."));
    text->setWordWrap(true);
    text->setMaximumWidth(560);
    m_addSource->setDefault(true);
    m_addSource->setMinimumHeight(36);
    m_demo->setMinimumHeight(36);
    m_progress->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_addSource);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    // In a row between stretches rather than with an alignment: a layout that aligns a widget
    // gives it the height of its size hint, and a wrapped paragraph narrower than its hint
    // was cut at the top and bottom. The row asks the label its height for the width it gets.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text, 8);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(20);
    layout->addLayout(buttons);
    layout->addWidget(m_progress, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    connect(m_addSource, &QPushButton::clicked, this, &WelcomeView::addSourceRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomeView::demoRequested);
}

void WelcomeView::setDemoBusy(bool busy, const QString &message) {
    m_demo->setEnabled(!busy);
    m_addSource->setEnabled(!busy);
    m_progress->setVisible(!message.isEmpty());
    m_progress->setText(message);
}

} // namespace veille::ui
