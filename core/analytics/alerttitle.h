#pragma once

#include "spikedetector.h"

#include <QLocale>

#include <functional>

namespace veille {

// An alert in words, in the reader's language: the Overview and the notification use the
// interface's translators (the default), a report its own (ReportWords::text). Alerts are
// stored with their figures, not only with the sentence of the process that raised them, so
// that `veille collect` on an English server still reads in French in a French interface.
// An alert stored before its figures were (format 10 and older) keeps its stored sentence.
using Translate = std::function<QString(const char *context, const char *source, int n)>;
QString alertTitle(const Alert &alert, const QLocale &locale = QLocale(),
                   const Translate &translate = {});

} // namespace veille
