#pragma once

#include <QElapsedTimer>
#include <QTextStream>

namespace veille::cli {

// Progress of a long job on stderr: a counter rewritten in place on a terminal, a line every
// few seconds otherwise (cron logs, CI).
class Progress {
public:
    explicit Progress(QTextStream &err);
    void update(const QString &text, bool force = false);
    void done();

private:
    QTextStream &m_err;
    QElapsedTimer m_sinceLast;
    bool m_tty;
    bool m_shown = false;
};

} // namespace veille::cli
