#pragma once

// The rules of the scorer that read a word in its place in the text (a greeting, a polite
// request, a question, a name, a phrase as written), apart from the scoring itself
// (sentimentscorer.cpp). Templates over the scorer's tokens, used by it alone.
#include <QString>
#include <QStringView>

#include <algorithm>
#include <iterator>

namespace veille::scorerrules {

// A phrase's words as the text has them ("can't stand", not the tokens "ca", "n't", "stand"),
// or the tokens joined when one of the ends is not in the text (the "not" of "can't").
template <typename Tokens>
QString phraseAsWritten(const QString &text, const Tokens &tokens, qsizetype first,
                        qsizetype count) {
    QStringView from = tokens[first].shown;
    // A phrase that starts on the "n't" of a contraction ("doesn't work") is shown from the
    // contraction's beginning.
    if (first > 0 && tokens[first].folded == u"not" &&
        from.data() == tokens[first - 1].shown.data() + tokens[first - 1].shown.size())
        from = tokens[first - 1].shown;
    const QStringView to = tokens[first + count - 1].shown;
    const QChar *begin = text.constData();
    const QChar *end = begin + text.size();
    if (from.data() >= begin && from.data() < end && to.data() >= from.data() &&
        to.data() + to.size() <= end)
        return QStringView(from.data(), to.data() + to.size()).toString();
    QStringList words;
    for (qsizetype w = first; w < first + count; ++w)
        words << tokens[w].shown.toString();
    return words.join(u' ');
}

// Whether `word` is one of `words`.
template <size_t N> bool isOneOf(QStringView word, const QStringView (&words)[N]) {
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// The folded word of token `k`, or an empty view when `k` is past the end or not a word.
template <typename Tokens> QStringView wordAt(const Tokens &tokens, qsizetype k) {
    using Kind = decltype(Tokens::value_type::kind);
    return k >= 0 && k < qsizetype(tokens.size()) && tokens[k].kind == Kind::Word ? tokens[k].folded
                                                                                  : QStringView();
}

// Whether the word of token `k` follows a French elided head in the text, "l'" or "d'"
// ("l'efficacité", "merci d'envoyer"): the tokens leave the head out.
template <typename Tokens>
bool afterElision(const QString &text, const Tokens &tokens, qsizetype k, char16_t head) {
    const QChar *begin = text.constData();
    const QChar *at = tokens[k].shown.data();
    return at >= begin + 2 && at <= begin + text.size() &&
           (at[-1] == u'\'' || at[-1] == u'\u2019') && at[-2].toLower() == QChar(head) &&
           (at == begin + 2 || !at[-3].isLetterOrNumber());
}

// "Chère Sophie", "Cher @Orange", "mes chers clients": "cher" before a name or a handle, or
// after a possessive, greets or cherishes; it says nothing of a price ("trop cher", "cher
// pour ce que c'est" still weigh).
template <typename Tokens> bool greets(const QString &text, const Tokens &tokens, qsizetype i) {
    static constexpr QStringView forms[] = {u"cher", u"chere", u"chers", u"cheres"};
    const QStringView word = tokens[i].folded;
    if (!isOneOf(word, forms))
        return false;
    // The word before, past an adverb that insists ("mon très cher", "Bonjour bien chère").
    static constexpr QStringView adverbs[] = {u"tres", u"si", u"bien"};
    qsizetype before = i - 1;
    while (before >= 0 && tokens[before].kind == tokens[i].kind &&
           isOneOf(tokens[before].folded, adverbs))
        --before;
    const bool afterWord = before >= 0 && tokens[before].kind == tokens[i].kind;
    static constexpr QStringView possessives[] = {u"mon", u"ma",    u"mes", u"ton",   u"ta",
                                                  u"tes", u"notre", u"nos", u"votre", u"vos"};
    if (afterWord && isOneOf(tokens[before].folded, possessives))
        return true;
    const QStringView shown = tokens[i].shown;
    const QChar *begin = text.constData();
    const QChar *end = begin + text.size();
    if (shown.data() < begin || shown.data() >= end)
        return false;
    const QChar *next = shown.data() + shown.size();
    while (next < end && *next == u' ')
        ++next;
    if (next == end || !(*next == u'@' || next->isUpper()))
        return false;
    // Before a name, "cher" greets where a letter opens ("Chère Sophie", "Bonjour cher
    // @Orange"), not where it says what something costs ("c'est cher Orange").
    static constexpr QStringView openings[] = {u"bonjour", u"bonsoir", u"salut",
                                               u"coucou",  u"hello",   u"merci"};
    return !afterWord || isOneOf(tokens[before].folded, openings);
}

// Whether the clause of token `i` is a question: the first mark after it that ends a clause
// is a "?".
template <typename Tokens> bool endsInQuestion(const Tokens &tokens, qsizetype i) {
    for (qsizetype k = i + 1; k < qsizetype(tokens.size()); ++k) {
        const auto &t = tokens[k];
        if (t.kind == Tokens::value_type::Kind::Exclamation)
            return false;
        if (t.kind != Tokens::value_type::Kind::Boundary || t.shown.isEmpty())
            continue;
        const QChar mark = t.shown[0];
        if (mark == u'?')
            return true;
        if (mark == u'.' || mark == u'\u2026' || mark == u';')
            return false;
    }
    return false;
}

// "Merci de corriger", "merci de bien vouloir me rappeler", "merci d'envoyer la facture": a
// "merci" before an infinitive asks for something, politely; it thanks for nothing yet.
// "Merci de m'avoir aidé" and "merci d'être venus" thank for what was done, and "merci de
// votre aide" for the help.
template <typename Tokens>
bool asksPolitely(const QString &text, const Tokens &tokens, qsizetype i) {
    if (tokens[i].folded != u"merci")
        return false;
    const qsizetype count = qsizetype(tokens.size());
    qsizetype k = i + 1;
    if (k >= count || tokens[k].kind != tokens[i].kind)
        return false;
    if (tokens[k].folded == u"de") {
        ++k;
    } else if (!afterElision(text, tokens, k, u'd')) {
        return false;
    }
    // The pronouns and adverbs an infinitive takes before it: "de ne pas", "de bien vouloir",
    // "de me rappeler", "de nous le dire".
    static constexpr QStringView before[] = {u"me", u"te",  u"se",   u"nous", u"vous",  u"le",
                                             u"la", u"les", u"lui",  u"leur", u"y",     u"en",
                                             u"ne", u"pas", u"plus", u"bien", u"jamais"};
    while (k < count && tokens[k].kind == tokens[i].kind && isOneOf(tokens[k].folded, before))
        ++k;
    if (k >= count || tokens[k].kind != tokens[i].kind)
        return false;
    const QStringView verb = tokens[k].folded;
    if (verb.size() < 4 || verb == u"avoir" || verb == u"etre" || verb == u"votre" ||
        verb == u"notre")
        return false;
    return verb.endsWith(u"er") || verb.endsWith(u"ir") || verb.endsWith(u"re");
}

// "Je voudrais modifier mon adresse, merci", "Could you check my order? Thanks": thanks that
// close a request are politeness, not praise. Whether the token at `i` thanks, with no word
// after it, in a text that asks for something before it.
template <typename Tokens> bool closesRequest(const Tokens &tokens, qsizetype i) {
    using Kind = decltype(Tokens::value_type::kind);
    static constexpr QStringView thanks[] = {u"merci", u"thanks", u"thx", u"mercii"};
    if (!isOneOf(tokens[i].folded, thanks))
        return false;
    for (qsizetype k = i + 1; k < qsizetype(tokens.size()); ++k)
        if (tokens[k].kind == Kind::Word)
            return false;
    static constexpr QStringView asking[] = {
        u"voudrais", u"voudrions", u"souhaiterais", u"souhaite", u"pourriez", u"pouvez",
        u"possible", u"svp",       u"stp",          u"would",    u"could",    u"please"};
    for (qsizetype k = 0; k < i; ++k) {
        const auto &t = tokens[k];
        if ((t.kind == Kind::Word && isOneOf(t.folded, asking)) ||
            (t.kind == Kind::Boundary && !t.shown.isEmpty() && t.shown[0] == u'?'))
            return true;
    }
    return false;
}

// Words capitalised inside a sentence, next to another such word, name something ("the Super
// Eagles coach", "Danny Care", "Jones County Fair", "Grand Théâtre de Rabat", "Thin Mints"):
// their sense is not the writer's opinion. Not the first word of a sentence, not the parts of
// a hashtag ("#BestDayEver"), and not in a text where most words after a sentence's first are
// capitalised ("So Happy Today", a headline), where capitals say nothing. Found only for words
// that weigh.
template <typename Tokens> class NameWords {
public:
    NameWords(const QString &text, const Tokens &tokens)
        : m_text(text)
        , m_tokens(tokens) {}

    bool isName(qsizetype i) {
        if (!titled(i) || initial(i))
            return false;
        const bool before = i > 0 && (titled(i - 1) || letter(i - 1));
        const bool after = i + 1 < qsizetype(m_tokens.size()) && (titled(i + 1) || letter(i + 1));
        if (!before && !after)
            return false;
        if (m_mostlyTitled < 0) {
            qsizetype words = 0;
            qsizetype titledWords = 0;
            for (qsizetype k = 0; k < qsizetype(m_tokens.size()); ++k) {
                if (m_tokens[k].kind != Kind::Word || initial(k))
                    continue;
                ++words;
                titledWords += titled(k);
            }
            m_mostlyTitled = 2 * titledWords > words;
        }
        return !m_mostlyTitled;
    }

private:
    using Kind = decltype(Tokens::value_type::kind);

    // A word of the text written with a capital and then small letters ("Care", not "CNN",
    // "I" or "care"), starting after a space or a mark (not inside a hashtag or a word).
    bool titled(qsizetype k) const {
        const auto &t = m_tokens[k];
        if (t.kind != Kind::Word || t.caps || t.shown.size() < 2 || !t.shown[0].isUpper() ||
            !t.shown[1].isLower())
            return false;
        const QChar *begin = m_text.constData();
        const QChar *at = t.shown.data();
        if (at < begin || at >= begin + m_text.size())
            return false;
        return at == begin || !(at[-1].isLetterOrNumber() || at[-1] == u'#' || at[-1] == u'@');
    }
    // A capital standing alone in a name ("Super U"), not the English "I" or "A".
    bool letter(qsizetype k) const {
        const auto &t = m_tokens[k];
        return t.kind == Kind::Word && t.shown.size() == 1 && t.shown[0].isUpper() &&
               t.shown[0] != u'I' && t.shown[0] != u'A';
    }
    bool initial(qsizetype k) const {
        if (k == 0)
            return true;
        const auto &before = m_tokens[k - 1];
        if (before.kind == Kind::Exclamation)
            return true;
        if (before.kind != Kind::Boundary)
            return false;
        const QChar mark = before.shown.isEmpty() ? QChar() : before.shown[0];
        return mark == u'.' || mark == u'?' || mark == u':' || mark == u'\u2026';
    }

    const QString &m_text;
    const Tokens &m_tokens;
    int m_mostlyTitled = -1;
};

// "Great job losing my package", "thanks for breaking the app", "merci d'avoir cassé l'appli",
// "bravo pour avoir perdu mon colis": praise that names at once what it is for. Returns the
// token of that thing (the caller says whether it went wrong, which makes the praise irony),
// or -1 when token `i` opens no such praise.
template <typename Tokens> qsizetype praisedFor(const Tokens &tokens, qsizetype i) {
    static constexpr QStringView openers[] = {u"bravo",         u"merci",          u"thanks",
                                              u"thank",         u"chapeau",        u"congrats",
                                              u"felicitations", u"congratulations"};
    static constexpr QStringView done[] = {u"job", u"work", u"done", u"joue"};
    static constexpr QStringView leading[] = {u"great", u"good", u"nice", u"bien", u"well"};
    auto word = [&tokens](qsizetype k) { return wordAt(tokens, k); };
    qsizetype k = -1;
    if (isOneOf(word(i), openers))
        k = i + 1;
    else if (isOneOf(word(i), leading) && isOneOf(word(i + 1), done))
        k = i + 2;
    if (k < 0)
        return -1;
    // What joins the praise to its object: "for", "pour", "d'avoir", "on", "you".
    static constexpr QStringView joining[] = {u"you", u"for", u"on", u"pour", u"de", u"avoir"};
    for (int skipped = 0; skipped < 3 && isOneOf(word(k), joining); ++skipped)
        ++k;
    return word(k).isEmpty() ? -1 : k;
}

// "Love how the app logs me out", "really loving the hold music", "can't wait for the next
// update to break something", "j'adore quand l'appli plante": delight that opens a clause
// whose matter goes wrong. Whether token `i` opens such delight (the caller finds the wrong).
template <typename Tokens> bool delightIn(const Tokens &tokens, qsizetype i) {
    auto word = [&tokens](qsizetype k) { return wordAt(tokens, k); };
    static constexpr QStringView loving[] = {u"love", u"loving", u"adore"};
    static constexpr QStringView how[] = {u"how", u"when", u"quand", u"comment"};
    if (isOneOf(word(i), loving) && isOneOf(word(i + 1), how))
        return true;
    // "Really loving the hold music": the progressive, not "I love the Scream movies".
    if (word(i) == u"loving" && word(i + 1) == u"the")
        return true;
    // "Can't wait for …": the phrase starts on "ca" (can't) or "cannot".
    return (word(i) == u"ca" || word(i) == u"cannot") &&
           (word(i + 1) == u"wait" || (word(i + 1) == u"not" && word(i + 2) == u"wait"));
}

// "Trois semaines pour une réponse", "3 weeks to ship a lamp", "deux jours pour un mail": a
// count of hours, days, weeks or months, then what it took them. A complaint without a word
// of complaint. Not minutes (set up in ten), years (a lamp kept for two) nor "sans" ("3 mois
// sans souci"). Whether token `i`, a unit of a wait (the caller asks only of words with the
// trait kWaitUnit), closes such a count.
template <typename Tokens> bool longWait(const Tokens &tokens, qsizetype i) {
    using Kind = decltype(Tokens::value_type::kind);
    const qsizetype count = qsizetype(tokens.size());
    if (i < 1 || i + 1 >= count || tokens[i - 1].kind != Kind::Word ||
        tokens[i + 1].kind != Kind::Word)
        return false;
    const QStringView after = tokens[i + 1].folded;
    if (after == u"pour") {
        // Not a date ahead: "dans 10 jours pour une journée de découverte".
        static constexpr QStringView ahead[] = {u"dans", u"en", u"ici", u"les", u"des"};
        if (i >= 2 && isOneOf(tokens[i - 2].folded, ahead))
            return false;
    } else if (after == u"to" || after == u"for") {
        // English says what it took: "took 3 weeks to ship", "waited two days for a reply"
        // (not "6 days to summer slam", "2 hours for most cameras").
        static constexpr QStringView taking[] = {u"take",   u"takes", u"took",    u"taking",
                                                 u"waited", u"wait",  u"waiting", u"taken"};
        bool took = false;
        for (qsizetype k = i - 2; k >= 0 && k >= i - 3 && !took; --k)
            took = isOneOf(tokens[k].folded, taking);
        if (!took)
            return false;
    } else {
        return false;
    }
    const QStringView n = tokens[i - 1].folded;
    static constexpr QStringView counts[] = {u"deux", u"trois", u"quatre",  u"cinq",     u"six",
                                             u"sept", u"huit",  u"dix",     u"two",      u"three",
                                             u"four", u"five",  u"several", u"plusieurs"};
    if (isOneOf(n, counts))
        return true;
    // Digits: 2 or more.
    if (n.isEmpty() || std::any_of(n.begin(), n.end(), [](QChar c) { return !c.isDigit(); }))
        return false;
    return n.size() > 1 || n[0] >= u'2';
}

// "Bravo la réactivité", "merci pour la fidélité", "chapeau pour l'efficacité": French praise
// of a quality, with the article rather than "votre", and nothing after it in its clause.
// Beside a complaint it is irony ("Trois semaines pour un remboursement, bravo la
// réactivité"). Returns the token of the quality, or -1.
template <typename Tokens>
qsizetype praisedQuality(const QString &text, const Tokens &tokens, qsizetype i) {
    static constexpr QStringView openers[] = {u"bravo", u"merci", u"chapeau", u"felicitations"};
    static constexpr QStringView articles[] = {u"la", u"le", u"les"};
    auto word = [&tokens](qsizetype k) { return wordAt(tokens, k); };
    if (!isOneOf(word(i), openers))
        return -1;
    qsizetype k = i + 1;
    if (word(k) == u"pour")
        ++k;
    if (isOneOf(word(k), articles))
        ++k;
    else if (word(k).isEmpty() || !afterElision(text, tokens, k, u'l'))
        return -1;
    if (word(k).isEmpty() || !word(k + 1).isEmpty())
        return -1;
    return k;
}

// "I can't recommend them enough", "can't thank you enough", "on ne vous remerciera jamais
// assez": praise that words cannot match. The negation insists; it does not deny. Returns the
// token of "enough" or "assez" after the word or phrase of praise from `first` to `last`, or -1.
template <typename Tokens>
qsizetype praisedBeyondWords(const Tokens &tokens, qsizetype first, qsizetype last) {
    using Kind = decltype(Tokens::value_type::kind);
    static constexpr QStringView stems[] = {u"recommend", u"thank",   u"prais",   u"recommand",
                                            u"remerci",   u"felicit", u"conseill"};
    bool praising = false;
    for (qsizetype k = first; k <= last && !praising; ++k)
        praising = std::any_of(std::begin(stems), std::end(stems),
                               [&](QStringView stem) { return tokens[k].folded.startsWith(stem); });
    if (!praising)
        return -1;
    for (qsizetype k = last + 1; k <= last + 3 && k < qsizetype(tokens.size()); ++k) {
        if (tokens[k].kind != Kind::Word)
            return -1;
        if (tokens[k].folded == u"enough" || tokens[k].folded == u"assez")
            return k;
    }
    return -1;
}

// "Never been happier", "never been so disappointed", "jamais été aussi bien servis", "jamais
// vu pire": "never" before a comparison says the most ever, of the word's own sense. Whether
// the negator at `negator` (before the word at `i`) is such a "never".
template <typename Tokens>
bool comparedToEver(const Tokens &tokens, qsizetype negator, qsizetype i) {
    const QStringView never = tokens[negator].folded;
    // "Couldn't be happier", "could not be more disappointed": the same, said of now; and "on ne
    // peut plus satisfait", where the adjective itself is the most it can be.
    const bool couldNot = never == u"not" && negator > 0 && tokens[negator - 1].folded == u"could";
    static constexpr QStringView can[] = {u"peut", u"pouvait", u"pourrait", u"pouvais"};
    // Not before an infinitive: "on ne peut plus protéger" can no longer.
    if (never == u"plus" && negator > 0 && isOneOf(tokens[negator - 1].folded, can)) {
        const QStringView word = tokens[i].folded;
        return i == negator + 1 &&
               !(word.endsWith(u"er") || word.endsWith(u"ir") || word.endsWith(u"re"));
    }
    if (never != u"never" && never != u"jamais" && !couldNot)
        return false;
    static constexpr QStringView markers[] = {u"so",    u"as",  u"more",   u"such",
                                              u"aussi", u"si",  u"autant", u"tellement",
                                              u"plus",  u"tel", u"telle"};
    static constexpr QStringView comparatives[] = {u"better", u"happier", u"worse", u"easier",
                                                   u"nicer",  u"prouder", u"mieux", u"pire"};
    return isOneOf(tokens[i].folded, comparatives) ||
           (i - 1 > negator && isOneOf(tokens[i - 1].folded, markers));
}

// "Tout sauf intuitif", "anything but easy": the "sauf" or "but" at `k` denies what follows; it
// sets nothing against what came before.
template <typename Tokens> bool anythingBut(const Tokens &tokens, qsizetype k) {
    const QStringView word = tokens[k].folded;
    if (k < 1 || (word != u"sauf" && word != u"but"))
        return false;
    const QStringView before = tokens[k - 1].folded;
    return (word == u"sauf" && before == u"tout") || (word == u"but" && before == u"anything");
}

// "It used to be great", "used to love this brand": praise in the past, now gone. Whether the
// words before token `i` (at most three, in its clause) say "used to".
template <typename Tokens> bool praiseOfThePast(const Tokens &tokens, qsizetype i) {
    using Kind = decltype(Tokens::value_type::kind);
    for (qsizetype k = i - 1; k >= 1 && k >= i - 3; --k) {
        if (tokens[k].kind != Kind::Word || tokens[k - 1].kind != Kind::Word)
            return false;
        // Not "get used to it", "I'm used to": being accustomed.
        static constexpr QStringView accustomed[] = {
            u"get", u"got", u"gets",   u"getting", u"be",     u"been", u"is",
            u"am",  u"are", u"was",    u"were",    u"m",      u"re",   u"s",
            u"i'm", u"im",  u"you're", u"we're",   u"they're"};
        if (tokens[k].folded == u"to" && tokens[k - 1].folded == u"used")
            return k < 2 || !isOneOf(tokens[k - 2].folded, accustomed);
    }
    return false;
}

// "Best update yet!", "not arrived yet, terrible", "haven't tried it yet": "yet" that ends its
// clause, or follows a negation, is an adverb of time; only one opening a clause ("great lamp,
// yet the app is awful") sets what follows against what comes before.
template <typename Tokens> bool yetOfTime(const Tokens &tokens, qsizetype i, bool afterNegation) {
    if (tokens[i].folded != u"yet")
        return false;
    const qsizetype next = i + 1;
    return afterNegation || next >= qsizetype(tokens.size()) || tokens[next].kind != tokens[i].kind;
}

// "Trois jours sans internet. Bravo Orange.", "Encore en retard, bravo la SNCF", "Colis
// perdu. Génial.", "Another outage. Well done.": praise that stands alone in its clause (the
// word, then at most a name it is addressed to) beside a complaint is irony. Returns the
// number of words of the praise (two for "bien joué", "trop bien", "well done", "great job"),
// or 0 when the token does not open its clause as such praise. Not "merci" or "thanks" alone:
// thanking after a problem is most often meant ("Souci de commande. Merci pour votre aide").
template <typename Tokens>
int standingPraise(const QString &text, const Tokens &tokens, qsizetype i) {
    using Kind = decltype(Tokens::value_type::kind);
    static constexpr QStringView alone[] = {
        u"bravo",     u"chapeau",    u"genial",     u"geniale",         u"super",
        u"parfait",   u"formidable", u"magnifique", u"felicitations",   u"great",
        u"nice",      u"brilliant",  u"perfect",    u"awesome",         u"fantastic",
        u"lovely",    u"wonderful",  u"congrats",   u"congratulations", u"top",
        u"excellent", u"cool",       u"amazing",    u"incroyable"};
    const qsizetype count = qsizetype(tokens.size());
    if (tokens[i].kind != Kind::Word)
        return 0;
    // "Yeah thanks.", "Ouais merci.", "Oh great.": a word that drawls before it says irony
    // outright, even of thanks.
    static constexpr QStringView drawls[] = {u"yeah", u"yea", u"ouais", u"oh", u"wow"};
    const bool drawled = i > 0 && tokens[i - 1].kind == Kind::Word &&
                         isOneOf(tokens[i - 1].folded, drawls) &&
                         (i == 1 || tokens[i - 2].kind != Kind::Word);
    if (i > 0 && tokens[i - 1].kind == Kind::Word && !drawled)
        return 0; // not the first word of its clause
    const QStringView word = tokens[i].folded;
    const QStringView next =
        i + 1 < count && tokens[i + 1].kind == Kind::Word ? tokens[i + 1].folded : QStringView();
    int words = 0;
    if ((word == u"bien" && next == u"joue") || (word == u"well" && next == u"done") ||
        (word == u"trop" && (next == u"bien" || next == u"cool")) ||
        ((word == u"great" || word == u"good" || word == u"nice") && next == u"job"))
        words = 2;
    else if (isOneOf(word, alone) || (drawled && (word == u"thanks" || word == u"merci")))
        words = 1;
    if (words == 0)
        return 0;
    // After it, to the end of its clause: at most three words, each a name (a capital, a
    // handle, a hashtag) or what comes before one ("bravo la SNCF", "well done you guys").
    static constexpr QStringView addressing[] = {
        u"la", u"le", u"les", u"l", u"the", u"you", u"vous", u"toi", u"guys", u"encore", u"again"};
    const QChar *begin = text.constData();
    const QChar *end = begin + text.size();
    int after = 0;
    for (qsizetype k = i + words; k < count && tokens[k].kind == Kind::Word; ++k) {
        if (++after > 3)
            return 0;
        const QStringView shown = tokens[k].shown;
        const bool inText = shown.data() >= begin && shown.data() < end;
        const bool name =
            !shown.isEmpty() &&
            (shown[0].isUpper() || (inText && shown.data() > begin &&
                                    (shown.data()[-1] == u'@' || shown.data()[-1] == u'#')));
        if (!name && !isOneOf(tokens[k].folded, addressing))
            return 0;
    }
    return words;
}

} // namespace veille::scorerrules
