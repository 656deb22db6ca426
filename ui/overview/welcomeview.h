#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace veille::ui {

// What a new user sees on an empty workspace: two ways to start.
class WelcomeView : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeView(QWidget *parent = nullptr);
    QPushButton *addSourceButton() const { return m_addSource; }
    QPushButton *demoButton() const { return m_demo; }
    void setDemoBusy(bool busy, const QString &message = {});

Q_SIGNALS:
    void addSourceRequested();
    void demoRequested();

private:
    QPushButton *m_addSource;
    QPushButton *m_demo;
    QLabel *m_progress;
};

} // namespace veille::ui
