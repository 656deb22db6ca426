#include "alerttitle.h"

#include <QCoreApplication>

namespace veille {

namespace {

const char *const kContext = "SpikeDetector";

QString interfaceText(const char *context, const char *source, int n) {
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

QString alertTitle(const Alert &alert, const QLocale &locale, const Translate &translate) {
    if (alert.windowHours <= 0)
        return alert.title; // stored before alerts kept their figures
    const Translate &tr = translate ? translate : Translate(interfaceText);
    switch (alert.kind) {
    case Alert::Kind::VolumeSpike:
        return tr(kContext,
                  QT_TRANSLATE_NOOP("SpikeDetector",
                                    "Spike in volume: %1 mentions in %2 h, usually %3"),
                  -1)
            .arg(locale.toString(qint64(alert.value)))
            .arg(alert.windowHours)
            .arg(locale.toString(alert.usual, 'f', 0));
    case Alert::Kind::NegativeShare:
        return tr(kContext,
                  QT_TRANSLATE_NOOP("SpikeDetector",
                                    "Negative share at %1 % over %2 h, usually %3 %"),
                  -1)
            .arg(locale.toString(alert.value * 100, 'f', 0))
            .arg(alert.windowHours)
            .arg(locale.toString(alert.usual * 100, 'f', 0));
    case Alert::Kind::RiskWords:
        return tr(kContext, QT_TRANSLATE_N_NOOP("SpikeDetector", "Risk words in %n mention(s): %1"),
                  int(alert.value))
            .arg(alert.words.join(QStringLiteral(", ")));
    case Alert::Kind::InfluentialDetractors:
        return tr(kContext,
                  QT_TRANSLATE_N_NOOP("SpikeDetector",
                                      "%n negative mention(s) from accounts with over %1 "
                                      "followers"),
                  int(alert.value))
            .arg(locale.toString(alert.followers));
    }
    return alert.title;
}

} // namespace veille
