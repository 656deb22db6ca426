#pragma once

#include "demorandom.h"
#include "model/author.h"

#include <QList>

namespace veille::demo {

// How a demo author behaves: the community segment the generator writes them as, and the
// figures that make that segment show in the data.
struct Persona {
    enum class Kind {
        Enthusiast,
        ShowOff,
        Timid,
        Indifferent,
        Blase,
        Ambassador,
        Detractor,
        Suspicious,
        Crowd
    };
    Kind kind = Kind::Crowd;
    Author author;
    QString lang;
    double weight = 1.0;           // relative chance of speaking on a given mention draw
    double engagementRate = 0.01;  // likes per follower on their posts
    qint64 followersAfterJump = 0; // Suspicious: bought followers appear mid-period
};

QList<Persona> makePersonas(int count, DemoRandom &random);
Persona brandPersona(const QString &network);
QString personaNetworkUrl(const QString &network, const QString &handle);

} // namespace veille::demo
