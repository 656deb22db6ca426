#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace veille::demo {

// The demo's only source of randomness. QRandomGenerator's seeded sequence and bounded()
// are defined by Qt itself (unlike std:: distributions), so a seed gives the same workspace
// on every platform and compiler.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed)
        : m_generator(quint32(seed ^ (seed >> 32))) {}
    double real() { return m_generator.generateDouble(); }
    bool chance(double p) { return real() < p; }
    int between(int low, int high) {
        return low + int(m_generator.bounded(quint32(high - low + 1)));
    }
    qint64 between64(qint64 low, qint64 high) {
        return low + qint64(m_generator.bounded(quint64(high - low + 1)));
    }
    template <typename T> const T &pick(const QList<T> &items) {
        return items.at(between(0, int(items.size()) - 1));
    }
    // Index into `weights`, each chosen in proportion to its weight.
    qsizetype weighted(const QList<double> &weights) {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = real() * total;
        for (qsizetype i = 0; i < weights.size(); ++i) {
            r -= weights[i];
            if (r < 0)
                return i;
        }
        return weights.size() - 1;
    }

private:
    QRandomGenerator m_generator;
};

} // namespace veille::demo
