#pragma once

#include "feeditem.h"

#include <QByteArray>
#include <QUrl>

namespace veille {

// Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 leniently: every item that can be read is
// returned, with warnings for what was wrong; never throws, never crashes. `base` resolves
// relative links (with xml:base on top of it).
FeedDocument parseFeed(const QByteArray &bytes, const QUrl &base = {});

} // namespace veille
