// The words that modify others (intensifiers, diminishers, negations, contrast), the
// interjections, and the function words, in French and English.
#include "wordtraits.h"

#include "languagedetector.h"

namespace veille::wordtraits {

namespace {

using Words = std::initializer_list<const char16_t *>;

} // namespace

const WordTable<quint32> &table() {
    static const WordTable<quint32> table = [] {
        WordTable<quint32> t;
        auto add = [&t](Words words, quint32 bits) {
            for (const char16_t *w : words)
                t[QString::fromUtf16(w)] |= bits;
        };
        // French.
        add({u"tres", u"trop", u"vraiment", u"hyper", u"tellement", u"grave", u"vachement",
             u"extremement", u"completement", u"totalement", u"absolument", u"super", u"archi",
             u"carrement", u"franchement", u"si", u"tant", u"ultra", u"mega", u"particulierement",
             u"incroyablement", u"terriblement", u"bien", u"plus",
             // "un pur bonheur", "une pure perte de temps", "je déconseille vivement": they insist,
             // they do not praise.
             u"pur", u"pure", u"vivement"},
            Booster);
        add({u"peu", u"assez", u"plutot", u"moyennement", u"legerement", u"presque",
             u"relativement", u"quasi"},
            Damper);
        add({u"ne", u"pas", u"jamais", u"rien", u"aucun", u"aucune", u"sans", u"ni", u"guere",
             u"personne", u"nullement",
             // "loin d'être parfait" ("de loin le meilleur" is a phrase of its own).
             u"loin"},
            Negator);
        add({u"mais", u"pourtant", u"cependant", u"toutefois", u"neanmoins", u"sauf"}, Contrast);
        // English.
        add({u"very", u"really", u"so", u"extremely", u"super", u"totally", u"absolutely",
             u"completely", u"incredibly", u"too", u"highly", u"truly", u"most", u"such",
             u"freaking", u"fucking", u"damn", u"utterly", u"seriously", u"insanely", u"way",
             u"exceptionally", u"especially", u"particularly", u"deeply",
             // As "franchement": they insist, they do not praise ("honestly a joke").
             u"honestly", u"frankly"},
            Booster << 4);
        add({u"slightly", u"somewhat", u"bit", u"kinda", u"fairly", u"little", u"marginally",
             u"sort", u"almost", u"partly"},
            Damper << 4);
        add({u"not",    u"no",      u"never",  u"nothing",  u"nobody",  u"none",   u"neither",
             u"nor",    u"without", u"cannot", u"cant",     u"dont",    u"doesnt", u"isnt",
             u"wasnt",  u"wont",    u"aint",   u"hardly",   u"barely",  u"didnt",  u"arent",
             u"werent", u"havent",  u"hasnt",  u"shouldnt", u"wouldnt", u"couldnt"},
            Negator << 4);
        add({u"but", u"however", u"though", u"although", u"yet", u"nevertheless", u"except",
             // "Was perfect until the last update": what follows "until" is what holds now.
             u"until"},
            Contrast << 4);
        add({u"lol", u"mdr", u"ptdr", u"haha", u"hahaha", u"ahah", u"hihi", u"lmao", u"lmfao",
             u"rofl", u"jpp", u"wtf", u"omg", u"ugh", u"fml", u"smh"},
            kInterjection);
        add({u"si"}, kNextWordOnly);
        add({u"fonctionne", u"fonctionnent", u"fonctionner", u"marche", u"marchent", u"works",
             u"working", u"work",
             // "does the app support dark mode?" asks whether it can, it praises nothing.
             u"support", u"supports", u"supported",
             // "Vous conseillez quel modèle ?", "would you recommend it?" ask for advice.
             u"conseillez", u"conseilles", u"conseiller", u"recommandez", u"recommandes",
             u"recommander", u"recommend", u"recommends",
             // "Quelqu'un a réussi à l'installer ?" asks how.
             u"reussi"},
            kWorking);
        add({u"refund", u"refunds", u"remboursement", u"remboursements", u"rembourser",
             u"remboursez"},
            kClaim);
        add({u"malgre", u"despite", u"spite"}, kConcession);
        add({u"heures", u"jours", u"semaines", u"mois", u"hours", u"days", u"weeks", u"months"},
            kWaitUnit);
        add({u"any", u"single", u"slightest", u"moindre", u"seul", u"seule"}, kQuantity);
        add({u"a", u"an", u"the", u"le", u"la", u"un", u"une"}, kArticle);
        functionWords().forEach(
            [&t](QStringView word, quint8 languages) { t[word.toString()] |= languages << 8; });
        return t;
    }();
    return table;
}

} // namespace veille::wordtraits
