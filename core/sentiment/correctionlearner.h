#pragma once

#include "lexicon.h"
#include "model/sentiment.h"

#include <QList>
#include <QString>

namespace veille {

struct SentimentCorrection {
    QString text;
    QString lang;
    SentimentLabel label = SentimentLabel::Unknown;
};

// Learns the brand's own vocabulary from the manager's corrections: each word of the
// corrected mentions gets the mean of their corrected valences (positive +2.5, negative -2.5,
// neutral 0), shrunk toward zero when few mentions hold it (one prior mention of weight 0),
// so that one correction moves a word a little and several agreeing ones move it firmly.
// Function words never learn. The result is a lexicon layered over the built-in ones.
class CorrectionLearner {
public:
    static Lexicon learn(const QList<SentimentCorrection> &corrections);
    static constexpr double kTarget = 2.5;
};

} // namespace veille
