#include "listening/mentionenricher.h"
#include "model/mentionjson.h"
#include "sentiment/correctionlearner.h"
#include "sentiment/languagedetector.h"
#include "sentiment/lexicon.h"
#include "sentiment/sentimentscorer.h"
#include "sentiment/wordtable.h"
#include "storage/connection.h"
#include "storage/mentionstore.h"
#include "support/tempworkspace.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QRegularExpression>

#include <cmath>

using namespace veille;

namespace {

const SentimentScorer &scorer() {
    static const SentimentScorer instance;
    return instance;
}

double scoreOf(const QString &text, const QString &lang = {}) {
    return scorer().score(text, lang).sentiment.score;
}

SentimentLabel labelOf(const QString &text, const QString &lang = {}) {
    return scorer().score(text, lang).sentiment.label;
}

// Each text with the label it must get, named when it does not.
struct Labelled {
    const char16_t *text;
    const char16_t *lang;
    SentimentLabel label;
};

void checkLabels(std::initializer_list<Labelled> cases) {
    for (const Labelled &c : cases) {
        const QString text = QString::fromUtf16(c.text);
        INFO(text.toStdString());
        CHECK(labelOf(text, QString::fromUtf16(c.lang)) == c.label);
    }
}

} // namespace

TEST_CASE("French and English are told apart on short posts", "[sentiment]") {
    CHECK(detectLanguage(u"Je ne suis pas content de ma lampe") == QStringLiteral("fr"));
    CHECK(detectLanguage(u"Franchement déçue par le SAV") == QStringLiteral("fr"));
    CHECK(detectLanguage(u"I am not happy with this lamp") == QStringLiteral("en"));
    CHECK(detectLanguage(u"What a great lamp, thanks!") == QStringLiteral("en"));
    CHECK(detectLanguage(u"Ich bin sehr zufrieden") == QStringLiteral("other"));
    CHECK(scorer().score(QStringLiteral("the lamp is great")).lang == QStringLiteral("en"));
    CHECK(scorer().score(QStringLiteral("la lampe est géniale")).lang == QStringLiteral("fr"));
}

TEST_CASE("A post without function words is placed by the words only one lexicon knows",
          "[sentiment]") {
    auto langOf = [](const char16_t *text) {
        return scorer().score(QString::fromUtf16(text)).lang;
    };
    CHECK(langOf(u"great app") == QStringLiteral("en"));
    CHECK(langOf(u"Awful customer service") == QStringLiteral("en"));
    CHECK(langOf(u"Livraison rapide") == QStringLiteral("fr"));
    CHECK(langOf(u"Service client nul") == QStringLiteral("fr"));
    // A word both lexicons know decides nothing, nor one known word among many unknown.
    CHECK(langOf(u"Super!") == QStringLiteral("other"));
    CHECK(langOf(u"Das ist super, danke") == QStringLiteral("other"));
    CHECK(langOf(u"Die Lieferung war schnell und gut verpackt, perfect") ==
          QStringLiteral("other"));
    // Function words still come first.
    CHECK(langOf(u"the livraison was rapide") == QStringLiteral("en"));
    // The reading is the one of a text of no language (both lexicons): only its language is
    // told.
    CHECK(scorer().score(QStringLiteral("great app")).sentiment.score ==
          scorer().score(QStringLiteral("great app zzz zzz zzz zzz")).sentiment.score);
}

TEST_CASE("French accents are counted wherever they fall in the text", "[sentiment]") {
    CHECK(countFrenchAccents(u"") == 0);
    CHECK(countFrenchAccents(u"plain ascii text, no accents at all") == 0);
    // Every place in a group of four, and the tail after the last group.
    for (int at = 0; at < 9; ++at) {
        QString text(9, u'a');
        text[at] = u'é';
        INFO(at);
        CHECK(countFrenchAccents(text) == 1);
    }
    CHECK(countFrenchAccents(u"Été à Noël, ça coûte où ? Œuvre, cœur, ÀÇÈÉÊ") == 13);
    // Letters of other languages, symbols in Latin-1 and beyond, and emoji are not French
    // accents: ñ ü ß ¿ « » € 😀 …
    CHECK(countFrenchAccents(u"mañana über Straße ¿qué? «» € 😀 …") == 1); // the é
    CHECK(countFrenchAccents(u"¿ÁÿĀǀœ") == 1);                            // only œ
}

TEST_CASE("words carry their valence, with French agreement and without accents", "[sentiment]") {
    CHECK(labelOf(QStringLiteral("Lampe géniale")) == SentimentLabel::Positive);
    CHECK(labelOf(QStringLiteral("lampes geniales")) == SentimentLabel::Positive);
    CHECK(labelOf(QStringLiteral("Très déçue")) == SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("tres decues")) == SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("elles sont heureuses")) == SentimentLabel::Positive);
    CHECK(labelOf(QStringLiteral("I loved it"), QStringLiteral("en")) == SentimentLabel::Positive);
    CHECK(labelOf(QStringLiteral("it crashes all the time"), QStringLiteral("en")) ==
          SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("La livraison est arrivée mardi")) == SentimentLabel::Neutral);
    CHECK(labelOf(QStringLiteral("The parcel came on Tuesday")) == SentimentLabel::Neutral);
}

TEST_CASE("negation turns the words after it, in French and English", "[sentiment]") {
    CHECK(scoreOf(QStringLiteral("je suis content")) > 0);
    CHECK(scoreOf(QStringLiteral("je ne suis pas content")) < 0);
    CHECK(scoreOf(QStringLiteral("je suis pas content")) < 0);      // spoken French drops ne
    CHECK(scoreOf(QStringLiteral("ce n'est jamais efficace")) < 0); // n' elided
    CHECK(scoreOf(QStringLiteral("je n'ai rien de bon à dire")) < 0);
    CHECK(scoreOf(QStringLiteral("elle ne marche plus, nulle")) < 0);
    CHECK(scoreOf(QStringLiteral("une lampe sans défaut")) > 0);
    CHECK(scoreOf(QStringLiteral("I am not happy"), QStringLiteral("en")) < 0);
    CHECK(scoreOf(QStringLiteral("it isn't good"), QStringLiteral("en")) < 0);
    CHECK(scoreOf(QStringLiteral("never disappointed"), QStringLiteral("en")) > 0);
    // The clause ends the negation: "pas" does not reach past the comma.
    CHECK(scoreOf(QStringLiteral("pas cher, génial")) > 0);
    // Idioms are not negations.
    CHECK(scoreOf(QStringLiteral("pas mal du tout")) > 0);
    CHECK(scoreOf(QStringLiteral("not bad at all"), QStringLiteral("en")) > 0);
    // "plus" after "ne" negates and does not also insist; without "ne" it insists.
    const SentimentResult noLonger =
        scorer().score(QStringLiteral("la batterie n'est plus nulle"), {}, true);
    CHECK(noLonger.sentiment.score > 0);
    REQUIRE(noLonger.explanation.size() == 1);
    CHECK(noLonger.explanation.first() == QStringLiteral("nulle(+1.5 negated by plus)"));
    CHECK(scorer().score(QStringLiteral("il est plus beau"), {}, true).explanation.first() ==
          QStringLiteral("beau(+3.3 plus)"));
}

TEST_CASE("a complaint that ends in a negation negates what follows it too", "[sentiment]") {
    checkLabels({
        {u"les renouvelables n'étant toujours pas rentables", u"fr", SentimentLabel::Negative},
        {u"ça marche pas bien", u"fr", SentimentLabel::Negative},
        {u"même pas mal", u"fr", SentimentLabel::Positive},
        // Not thanks, which holds no complaint.
        {u"de rien bonne journée", u"fr", SentimentLabel::Positive},
    });
    CHECK(scorer()
              .score(QStringLiteral("toujours pas rentables"), QStringLiteral("fr"))
              .explanation.join(u"; ")
              .contains(u"negated by pas"));
    // "Bien du mal" is trouble; "et bien" a way of speaking.
    CHECK(labelOf(QStringLiteral("il a bien du mal à répondre"), QStringLiteral("fr")) ==
          SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("et bien non"), QStringLiteral("fr")) == SentimentLabel::Neutral);
}

TEST_CASE("a French 'ne' before a phrase that holds the negation does not negate it again",
          "[sentiment]") {
    // "ne ... pas" is one negation: the phrase "pas mal" already holds it.
    checkLabels({
        {u"je n'ai toujours pas reçu ma commande", u"fr", SentimentLabel::Negative},
        {u"je n'ai jamais reçu mon colis", u"fr", SentimentLabel::Negative},
        {u"il n'y a aucune réponse", u"fr", SentimentLabel::Negative},
        {u"ce n'est pas terrible", u"fr", SentimentLabel::Negative},
        {u"ce n'est pas mal du tout", u"fr", SentimentLabel::Positive},
        {u"je n'ai pas de problème avec ce modèle", u"fr", SentimentLabel::Positive},
    });
    const SentimentResult r =
        scorer().score(QStringLiteral("ce n'est pas mal"), QStringLiteral("fr"));
    CHECK(r.explanation == QStringList{QStringLiteral("pas mal(+2.0)")});
}

TEST_CASE("intensifiers and diminishers change the strength, not the direction", "[sentiment]") {
    const double plain = scoreOf(QStringLiteral("c'est bien"));
    CHECK(scoreOf(QStringLiteral("c'est très bien")) > plain);
    CHECK(scoreOf(QStringLiteral("c'est vraiment bien")) > plain);
    CHECK(scoreOf(QStringLiteral("c'est un peu bien")) < plain);
    CHECK(scoreOf(QStringLiteral("c'est un peu bien")) > 0);
    CHECK(scoreOf(QStringLiteral("trop cher")) < scoreOf(QStringLiteral("cher")));
    // "Pur" insists on what follows; alone it says nothing.
    CHECK(scoreOf(QStringLiteral("une pure arnaque")) < scoreOf(QStringLiteral("une arnaque")));
    CHECK(labelOf(QStringLiteral("de l'eau pure"), QStringLiteral("fr")) ==
          SentimentLabel::Neutral);
    const double good = scoreOf(QStringLiteral("it is good"), QStringLiteral("en"));
    CHECK(scoreOf(QStringLiteral("it is very good"), QStringLiteral("en")) > good);
    CHECK(scoreOf(QStringLiteral("it is slightly good"), QStringLiteral("en")) < good);
    // "Honestly", like "franchement", insists; it praises nothing of itself.
    CHECK(scoreOf(QStringLiteral("honestly good"), QStringLiteral("en")) >
          scoreOf(QStringLiteral("good"), QStringLiteral("en")));
    CHECK(labelOf(QStringLiteral("This is a joke, honestly"), QStringLiteral("en")) ==
          SentimentLabel::Negative);
    // Elongation, capitals and exclamation marks insist.
    CHECK(scoreOf(QStringLiteral("c'est trooop bien")) >
          scoreOf(QStringLiteral("c'est trop bien")) - 0.0001);
    CHECK(scoreOf(QStringLiteral("nuuuul")) < 0);
    CHECK(scoreOf(QStringLiteral("the lamp is GREAT"), QStringLiteral("en")) >
          scoreOf(QStringLiteral("the lamp is great"), QStringLiteral("en")));
    CHECK(scoreOf(QStringLiteral("super lampe !!!")) > scoreOf(QStringLiteral("super lampe")));
}

TEST_CASE("a count of days or weeks that something took is a complaint", "[sentiment]") {
    checkLabels({
        {u"Quelle efficacité, trois semaines pour une réponse", u"fr", SentimentLabel::Negative},
        {u"Deux jours pour un simple mail", u"fr", SentimentLabel::Negative},
        {u"Why does it take 3 weeks to ship a lamp?", u"en", SentimentLabel::Negative},
        {u"I waited two weeks for a reply", u"en", SentimentLabel::Negative},
        // Not a date ahead, a countdown, a duration of use or a figure.
        {u"Rendez-vous dans 10 jours pour une journée de découverte", u"fr",
         SentimentLabel::Neutral},
        {u"6 days to the launch event", u"en", SentimentLabel::Neutral},
        {u"3 mois sans souci", u"fr", SentimentLabel::Positive},
        {u"Livré en 2 jours, parfait", u"fr", SentimentLabel::Positive},
        {u"the battery lasts 2 hours for most cameras", u"en", SentimentLabel::Neutral},
        {u"Installée en 10 minutes pour toute la maison", u"fr", SentimentLabel::Neutral},
    });
    CHECK(scorer()
              .score(QStringLiteral("trois semaines pour une réponse"), QStringLiteral("fr"), true)
              .explanation.join(u"; ")
              .contains(u"trois semaines pour(-2.6 a long wait)"));
}

TEST_CASE("what is conceded counts half", "[sentiment]") {
    checkLabels({
        {u"Bon produit malgré quelques défauts de jeunesse", u"fr", SentimentLabel::Positive},
        {u"Malgré un joli design, l'appli est une horreur", u"fr", SentimentLabel::Negative},
        {u"Great lamp despite the terrible app", u"en", SentimentLabel::Positive},
        {u"Awful support in spite of the nice packaging", u"en", SentimentLabel::Negative},
    });
    CHECK(scorer()
              .score(QStringLiteral("Bon produit malgré quelques défauts"), QStringLiteral("fr"),
                     true)
              .explanation.join(u"; ")
              .contains(u"×0.5 conceded"));
}

TEST_CASE("contrast moves the weight to the clause after it", "[sentiment]") {
    CHECK(scoreOf(QStringLiteral("la lampe est belle mais elle chauffe")) < 0);
    CHECK(scoreOf(QStringLiteral("elle chauffe, pourtant elle est géniale")) > 0);
    CHECK(scoreOf(QStringLiteral("I love the design but the app is awful"), QStringLiteral("en")) <
          0);
    CHECK(scoreOf(QStringLiteral("the app is awful, however support was excellent"),
                  QStringLiteral("en")) > 0);
}

TEST_CASE("praise standing alone beside a complaint is irony", "[sentiment]") {
    checkLabels({
        {u"Trois jours sans internet. Bravo Orange.", u"fr", SentimentLabel::Negative},
        {u"Encore en retard, bravo la SNCF", u"fr", SentimentLabel::Negative},
        {u"Bravo @SNCF_Direct, encore en retard", u"fr", SentimentLabel::Negative},
        {u"Super, encore une panne", u"fr", SentimentLabel::Negative},
        {u"Colis perdu. Génial.", u"fr", SentimentLabel::Negative},
        {u"Encore une coupure, bien joué", u"fr", SentimentLabel::Negative},
        {u"Another outage. Well done.", u"en", SentimentLabel::Negative},
        {u"Three days with no internet. Great job Comcast.", u"en", SentimentLabel::Negative},
        {u"No signal since Monday. Nice.", u"en", SentimentLabel::Negative},
        {u"Trop bien, plus de réseau depuis ce matin", u"fr", SentimentLabel::Negative},
        {u"Top, encore une facture en double", u"fr", SentimentLabel::Negative},
        {u"Trois heures d'attente au téléphone. Bravo.", u"fr", SentimentLabel::Negative},
        {u"Waited 3 hours on hold. Great job.", u"en", SentimentLabel::Negative},
        {u"Amazing, charged twice again", u"en", SentimentLabel::Negative},
        // A drawl before it says irony, even of thanks.
        {u"Smart plug disconnects every night, support says \"reset it\". Yeah thanks.", u"en",
         SentimentLabel::Negative},
        {u"Colis perdu. Ouais merci.", u"fr", SentimentLabel::Negative},
        {u"Oh great, another outage", u"en", SentimentLabel::Negative},
        {u"Yeah thanks for the quick fix!", u"en", SentimentLabel::Positive},
        // Meant: praise of what was done, praise of something named, thanks, or a complaint
        // that comes after the praise's sentence.
        {u"Panne réparée en une heure. Bravo Lumen !", u"fr", SentimentLabel::Positive},
        {u"Super produit, dommage pour la livraison", u"fr", SentimentLabel::Positive},
        {u"Souci de commande. Merci pour votre aide", u"fr", SentimentLabel::Positive},
        {u"Great lamp. The box was damaged", u"en", SentimentLabel::Positive},
        {u"perfect! Wednesday I'm done at 11", u"en", SentimentLabel::Positive},
        {u"Top, colis reçu en 24h", u"fr", SentimentLabel::Positive},
        {u"Trop bien ce nouveau modèle", u"fr", SentimentLabel::Positive},
        {u"Cool, the fix works", u"en", SentimentLabel::Positive},
    });
    const SentimentResult r =
        scorer().score(QStringLiteral("Colis perdu. Génial."), QStringLiteral("fr"));
    CHECK(r.explanation.join(u"; ").contains(u"Génial(-4.0 irony beside a complaint)"));
}

TEST_CASE("praise for what went wrong, or of a quality beside a complaint, is irony",
          "[sentiment]") {
    checkLabels({
        {u"Great job losing my package again", u"en", SentimentLabel::Negative},
        {u"Thank you for wasting my money.", u"en", SentimentLabel::Negative},
        {u"Merci d'avoir cassé l'appli", u"fr", SentimentLabel::Negative},
        {u"Trois semaines pour un remboursement, bravo la réactivité", u"fr",
         SentimentLabel::Negative},
        {u"Encore une hausse de prix, merci pour la fidélité", u"fr", SentimentLabel::Negative},
        {u"Colis perdu, chapeau pour l'efficacité", u"fr", SentimentLabel::Negative},
        {u"Love how the app logs me out every single day", u"en", SentimentLabel::Negative},
        {u"Really loving the 45 minute hold music", u"en", SentimentLabel::Negative},
        {u"Can't wait for the next update to break something else", u"en",
         SentimentLabel::Negative},
        {u"Oh wonderful, another price increase", u"en", SentimentLabel::Negative},
        {u"I love how easy the setup is", u"en", SentimentLabel::Positive},
        {u"Can't wait for the new collection", u"en", SentimentLabel::Positive},
        // Meant: thanks for what was done, for the help given with "votre", or with nothing
        // that went wrong.
        {u"Thanks for fixing the app so quickly", u"en", SentimentLabel::Positive},
        {u"Merci d'avoir réglé le problème", u"fr", SentimentLabel::Positive},
        {u"Colis abîmé. Merci pour votre réactivité", u"fr", SentimentLabel::Positive},
        {u"Bravo la réactivité, colis reçu en 24h", u"fr", SentimentLabel::Positive},
        {u"Merci pour la fidélité, voici un code promo", u"fr", SentimentLabel::Positive},
    });
    const SentimentResult r =
        scorer().score(QStringLiteral("Encore une hausse de prix, merci pour la fidélité"),
                       QStringLiteral("fr"), true);
    CHECK(r.explanation.join(u"; ").contains(u"fidélité(-2.0 irony beside a complaint)"));
}

TEST_CASE("laughter beside a complaint mocks; alone it is glad", "[sentiment]") {
    checkLabels({
        {u"Osef de leur nouveau logo mdr", u"fr", SentimentLabel::Negative},
        {u"Encore une panne lol", u"fr", SentimentLabel::Negative},
        {u"mdr le community manager est trop fort", u"fr", SentimentLabel::Positive},
        {u"haha love it", u"en", SentimentLabel::Positive},
    });
    const SentimentResult r =
        scorer().score(QStringLiteral("Osef de leur nouveau logo mdr"), QStringLiteral("fr"), true);
    CHECK(r.explanation.join(u"; ").contains(u"mdr(0 laughter beside a complaint)"));
}

TEST_CASE("a negation reaches past a word of quantity, and some negations insist", "[sentiment]") {
    checkLabels({
        // "a single", "le moindre", "any" do not count among the three words before.
        {u"Never had a single issue with it", u"en", SentimentLabel::Positive},
        {u"Jamais eu le moindre souci avec leur appli", u"fr", SentimentLabel::Positive},
        {u"Not a single complaint after two years", u"en", SentimentLabel::Positive},
        // Any other article does: this warns.
        {u"Don't make the same mistake I did.", u"en", SentimentLabel::Negative},
        {u"I can't get past the atrocious service", u"en", SentimentLabel::Negative},
        // "Never" before a comparison says the most ever, of the word's own sense.
        {u"Never been happier with a purchase", u"en", SentimentLabel::Positive},
        {u"I have never been so disappointed by a brand", u"en", SentimentLabel::Negative},
        {u"On n'a jamais été aussi bien servis", u"fr", SentimentLabel::Positive},
        {u"Je n'ai jamais vu un service aussi nul", u"fr", SentimentLabel::Negative},
        {u"Couldn't be happier with the purchase", u"en", SentimentLabel::Positive},
        {u"Couldn't be more disappointed", u"en", SentimentLabel::Negative},
        {u"ripping your songs couldn't be any easier", u"en", SentimentLabel::Positive},
        {u"On ne peut plus satisfait, merci", u"fr", SentimentLabel::Positive},
        {u"On ne peut plus protéger nos données, c'est grave", u"fr", SentimentLabel::Negative},
        {u"Rien de mieux pour ce prix", u"fr", SentimentLabel::Positive},
        // "Loin de", "tout sauf", "anything but" deny; "de loin" is by far.
        {u"Loin d'être parfait, surtout l'appli", u"fr", SentimentLabel::Negative},
        {u"C'est de loin le meilleur", u"fr", SentimentLabel::Positive},
        {u"Tout sauf intuitif", u"fr", SentimentLabel::Negative},
        {u"The setup was anything but easy", u"en", SentimentLabel::Negative},
        {u"Tout est bien sauf la batterie qui est nulle", u"fr", SentimentLabel::Negative},
        // Other negations of a comparison still deny it.
        {u"The update is not so good", u"en", SentimentLabel::Negative},
        {u"Ce n'est pas aussi bien que prévu", u"fr", SentimentLabel::Negative},
        // Praise that words cannot match.
        {u"I can't recommend them enough", u"en", SentimentLabel::Positive},
        {u"i cannot recommend it enough!", u"en", SentimentLabel::Positive},
        {u"We can't thank you enough", u"en", SentimentLabel::Positive},
        {u"The battery is not good enough", u"en", SentimentLabel::Negative},
        // Amazement is no negation of what amazes.
        {u"can't believe how good this is", u"en", SentimentLabel::Positive},
        {u"We could not believe how dirty the oysters were!", u"en", SentimentLabel::Negative},
        {u"je n'en reviens pas, c'est génial", u"fr", SentimentLabel::Positive},
        // A phrase of certainty weighs nothing, so "without" reaches no word after it.
        {u"without a doubt the worst fries I've had", u"en", SentimentLabel::Negative},
    });
    const SentimentResult r = scorer().score(QStringLiteral("Never been happier with a purchase"),
                                             QStringLiteral("en"), true);
    CHECK(r.explanation.join(u"; ").contains(u"emphasised by Never"));
}

TEST_CASE("praise said of the past, or before 'until', is what was lost", "[sentiment]") {
    checkLabels({
        {u"It used to be great, now it's just okay", u"en", SentimentLabel::Negative},
        {u"Used to love this brand, not anymore", u"en", SentimentLabel::Negative},
        {u"the pizza which used to be amazing is doughy", u"en", SentimentLabel::Negative},
        {u"Was perfect until the last update", u"en", SentimentLabel::Negative},
        {u"Worked great until it broke", u"en", SentimentLabel::Negative},
        {u"Ça marchait très bien jusqu'à la dernière mise à jour", u"fr", SentimentLabel::Negative},
        {u"Avant c'était top, maintenant c'est la cata", u"fr", SentimentLabel::Negative},
        {u"Ça aurait pu être bien si l'appli fonctionnait", u"fr", SentimentLabel::Negative},
        {u"Je voulais vraiment aimer cette lampe", u"fr", SentimentLabel::Negative},
        // Being accustomed is no past.
        {u"you get used to them rather quickly", u"en", SentimentLabel::Positive},
        {u"I'm used to great service from them", u"en", SentimentLabel::Positive},
        // "Barely" says that it does not, really.
        {u"The app barely works on my phone", u"en", SentimentLabel::Negative},
        // A wish or a request for a feature is no praise yet.
        {u"It would be great if you added a timer function", u"en", SentimentLabel::Neutral},
        {u"Ce serait bien de pouvoir programmer les lampes", u"fr", SentimentLabel::Neutral},
        {u"Please add support for Matter", u"en", SentimentLabel::Neutral},
        {u"Could be a lot better for the price", u"en", SentimentLabel::Negative},
        {u"I wanted to like it, I really did", u"en", SentimentLabel::Negative},
        {u"Save your money", u"en", SentimentLabel::Negative},
        {u"First and last time I order from them", u"en", SentimentLabel::Negative},
        {u"Première et dernière fois que je commande chez eux", u"fr", SentimentLabel::Negative},
        {u"Exactly what I needed, no more, no less", u"en", SentimentLabel::Positive},
    });
    CHECK(scorer()
              .score(QStringLiteral("It used to be great"), QStringLiteral("en"), true)
              .explanation.join(u"; ")
              .contains(u"said of the past"));
}

TEST_CASE("'yet' sets against only where it opens a clause", "[sentiment]") {
    auto explained = [](const char16_t *text) {
        return scorer()
            .score(QString::fromUtf16(text), QStringLiteral("en"))
            .explanation.join(u"; ");
    };
    // Of time: at the end of its clause, or after a negation.
    CHECK(explained(u"Best update yet!") == QStringLiteral("Best(+3.0); !(+0.3)"));
    CHECK_FALSE(explained(u"Not arrived yet, terrible").contains(u"contrast"));
    CHECK_FALSE(explained(u"it hasn't yet arrived, awful").contains(u"contrast"));
    // Opening a clause, it is a "but".
    CHECK(explained(u"Great lamp, yet the app is awful")
              .contains(u"awful(-5.9 ×1.5 after contrast)"));
    CHECK(scoreOf(QStringLiteral("Great lamp, yet the app is awful"), QStringLiteral("en")) < 0);
}

TEST_CASE("emoji, emoticons, hashtags and slang weigh", "[sentiment]") {
    CHECK(labelOf(QStringLiteral("ma nouvelle lampe 😍")) == SentimentLabel::Positive);
    CHECK(labelOf(QStringLiteral("ma nouvelle lampe 😡")) == SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("nouvelle lampe :)")) == SentimentLabel::Positive);
    CHECK(labelOf(QStringLiteral("nouvelle lampe :(")) == SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("nouvelle lampe 🤗")) == SentimentLabel::Positive);
    CHECK(labelOf(QStringLiteral("nouvelle lampe ^_^")) == SentimentLabel::Positive);
    // Inside quotes or before a full stop.
    CHECK(labelOf(QStringLiteral("\"on l'a enfin :-)\"")) == SentimentLabel::Positive);
    CHECK(labelOf(QStringLiteral("« je l'attends encore :( »")) == SentimentLabel::Negative);
    // The writer's mood: no word before it negates it.
    CHECK(labelOf(QStringLiteral("we might not make it tonight :("), QStringLiteral("en")) ==
          SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("je ne viendrai pas 😢")) == SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("le loup ne se chasse pas lol")) == SentimentLabel::Positive);
    // A mouth drawn again insists.
    const SentimentResult sad = scorer().score(QStringLiteral("encore en panne :(((("), {}, true);
    REQUIRE(sad.explanation.size() >= 1);
    CHECK(sad.explanation.last().startsWith(QStringLiteral(":((((")));
    CHECK(labelOf(QStringLiteral("livrée ce matin :)))")) == SentimentLabel::Positive);
    CHECK(labelOf(QStringLiteral("see you there <333"), QStringLiteral("en")) ==
          SentimentLabel::Positive);
    // Capital letters in a face are the face: ":D", "XD", and one drawn the other way round.
    for (const char *face : {":D", "XD", "(:", "=D"})
        CHECK(labelOf(QStringLiteral("tomorrow at eight ") + QLatin1String(face),
                      QStringLiteral("en")) == SentimentLabel::Positive);
    CHECK(labelOf(QStringLiteral("encore annulé ):")) == SentimentLabel::Negative);
    // A sequence joined into one picture weighs as its first emoji.
    CHECK(labelOf(QStringLiteral("encore la mise à jour 🤦‍♀️")) ==
          SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("#LumenPanne depuis ce matin")) == SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("#epicfail"), QStringLiteral("en")) ==
          SentimentLabel::Neutral); // one word, unknown
    CHECK(labelOf(QStringLiteral("#Epic #Fail"), QStringLiteral("en")) != SentimentLabel::Neutral);
    CHECK(labelOf(QStringLiteral("mdr trop bien")) == SentimentLabel::Positive);
    checkLabels({
        {u"Ça déchire cette enceinte", u"fr", SentimentLabel::Positive},
        {u"Je me suis fait avoir, plus jamais", u"fr", SentimentLabel::Negative},
        {u"Vos conseillers se renvoient la balle", u"fr", SentimentLabel::Negative},
        {u"Zéro suivi, zéro excuse", u"fr", SentimentLabel::Negative},
        {u"Zéro défaut après un an", u"fr", SentimentLabel::Positive},
        {u"Ça commence à bien faire", u"fr", SentimentLabel::Negative},
        {u"J'ai l'impression de parler à un mur", u"fr", SentimentLabel::Negative},
        {u"Je reçois ma commande demain, on verra bien", u"fr", SentimentLabel::Neutral},
        {u"Je suis fan de la nouvelle gamme", u"fr", SentimentLabel::Positive},
        {u"ngl the new update is fire", u"en", SentimentLabel::Positive},
        {u"the new design is mid tbh", u"en", SentimentLabel::Negative},
        {u"this speaker is goated", u"en", SentimentLabel::Positive},
        {u"Big L for the support team", u"en", SentimentLabel::Negative},
        {u"Huge W for the Lumen team today", u"en", SentimentLabel::Positive},
        {u"Can't stop using it, obsessed", u"en", SentimentLabel::Positive},
        {u"Fire drill in the warehouse at noon", u"en", SentimentLabel::Neutral},
        {u"Soirée de folie hier, merci à tous !", u"fr", SentimentLabel::Positive},
        {u"C'est la cata depuis ce matin", u"fr", SentimentLabel::Negative},
        {u"Ça vaut vraiment le détour", u"fr", SentimentLabel::Positive},
        {u"Grosse ambiance au stade ce soir", u"fr", SentimentLabel::Positive},
        {u"I want my money back", u"en", SentimentLabel::Negative},
        {u"You guys dropped the ball on this one", u"en", SentimentLabel::Negative},
        {u"Exceeded my expectations", u"en", SentimentLabel::Positive},
        {u"Still no tracking number after 5 days", u"en", SentimentLabel::Negative},
    });
    CHECK(labelOf(QStringLiteral("wtf cette mise à jour")) == SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("SAV nul")) == SentimentLabel::Negative);
    // Handles and links say nothing.
    CHECK(labelOf(QStringLiteral("@super_happy_user https://great.example/awesome")) ==
          SentimentLabel::Neutral);
}

TEST_CASE("two-word phrases of reviews weigh as one, and a topic's name weighs nothing",
          "[sentiment]") {
    CHECK(labelOf(QStringLiteral("the lamp fell apart after a week"), QStringLiteral("en")) ==
          SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("five stars for the new dimmer"), QStringLiteral("en")) ==
          SentimentLabel::Positive);
    CHECK(labelOf(QStringLiteral("ma box est en panne depuis hier")) == SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("Lumen mérite ses cinq étoiles")) == SentimentLabel::Positive);
    // "Durable" alone praises a product; "développement durable" is a subject.
    CHECK(labelOf(QStringLiteral("une lampe durable")) == SentimentLabel::Positive);
    CHECK(labelOf(QStringLiteral("colloque sur le développement durable à Lyon")) ==
          SentimentLabel::Neutral);
    // A crisis in words.
    CHECK(labelOf(QStringLiteral("incendie dans l'entrepôt, deux victimes")) ==
          SentimentLabel::Negative);
}

TEST_CASE("a phrase can weigh nothing, so that its words do not weigh either", "[sentiment]") {
    // "Plaît" praises; "s'il vous plaît" is only polite, and a polite request is not pleased.
    checkLabels({
        {u"ce nouveau modèle me plaît beaucoup", u"fr", SentimentLabel::Positive},
        {u"pouvez-vous rappeler mon conseiller s'il vous plaît", u"fr", SentimentLabel::Neutral},
        {u"Répondez-moi s'il vous plait, c'est inadmissible", u"fr", SentimentLabel::Negative},
        {u"for the love of pizza, the delivery came on time", u"en", SentimentLabel::Neutral},
    });
}

TEST_CASE("the vocabulary of reviews and of everyday anger weighs in both languages",
          "[sentiment]") {
    checkLabels({
        {u"le livre m'est tombé des mains", u"fr", SentimentLabel::Negative},
        {u"une intrigue mièvre, pleine de poncifs", u"fr", SentimentLabel::Negative},
        {u"écrit avec brio, limpide", u"fr", SentimentLabel::Positive},
        {u"ce restaurant vaut le détour", u"fr", SentimentLabel::Positive},
        {u"un film sans intérêt", u"fr", SentimentLabel::Negative},
        {u"c'est un navet sans intérêts aucun", u"fr", SentimentLabel::Negative},
        {u"les intérêts de mon prêt sont prélevés", u"fr", SentimentLabel::Neutral},
        {u"Perry is a joke", u"en", SentimentLabel::Negative},
        {u"looting reported near the store", u"en", SentimentLabel::Negative},
        {u"the launch went swimmingly", u"en", SentimentLabel::Positive},
    });
}

TEST_CASE("what customers write when a product or a service fails weighs against", "[sentiment]") {
    checkLabels({
        {u"On m'a raccroché au nez deux fois", u"fr", SentimentLabel::Negative},
        {u"Mon forfait a été modifié sans mon accord", u"fr", SentimentLabel::Negative},
        {u"They hung up on me twice", u"en", SentimentLabel::Negative},
        {u"y'all really need to fix your checkout page", u"en", SentimentLabel::Negative},
        {u"Une usine à gaz pour régler une simple ampoule", u"fr", SentimentLabel::Negative},
        {u"Ça fait une semaine que j'attends un retour du SAV", u"fr", SentimentLabel::Negative},
        {u"The app won't let me log in since the update, any fix?", u"en",
         SentimentLabel::Negative},
        {u"Bonjour, je n'arrive pas à trouver le numéro de série, où est-il ?", u"fr",
         SentimentLabel::Neutral},
        {u"je n'arrive pas à me connecter", u"fr", SentimentLabel::Negative},
        {u"Parfait, il ne manquait plus que ça", u"fr", SentimentLabel::Negative},
        {u"Génial, la mise à jour a effacé tous mes réglages", u"fr", SentimentLabel::Negative},
        {u"Franchement j'ai connu mieux", u"fr", SentimentLabel::Negative},
        {u"Rien ne va plus depuis la mise à jour", u"fr", SentimentLabel::Negative},
        {u"Une tuerie cette lampe", u"fr", SentimentLabel::Positive},
        {u"Je ne m'en passerais plus", u"fr", SentimentLabel::Positive},
        {u"Customer service? Never heard of it apparently", u"en", SentimentLabel::Negative},
        {u"I've had better lamps from the supermarket", u"en", SentimentLabel::Negative},
        {u"You had one job", u"en", SentimentLabel::Negative},
        {u"This is not what I paid for", u"en", SentimentLabel::Negative},
        {u"If you're on the fence, just get it", u"en", SentimentLabel::Positive},
        {u"Zero issues, zero regrets", u"en", SentimentLabel::Positive},
        {u"Does the warranty cover water damage?", u"en", SentimentLabel::Neutral},
        {u"J'ai voulu y croire, trois mises à jour plus tard rien n'a changé", u"fr",
         SentimentLabel::Negative},
        {u"Beaucoup de promesses, peu de résultats", u"fr", SentimentLabel::Negative},
        {u"On nous promettait une révolution, on a eu une ampoule qui clignote", u"fr",
         SentimentLabel::Negative},
        {u"Great design, great price, terrible software. Returning it.", u"en",
         SentimentLabel::Negative},
        {u"Looks premium, feels cheap, works poorly", u"en", SentimentLabel::Negative},
        {u"Skeptical at first, now I've bought three more for the house", u"en",
         SentimentLabel::Positive},
        {u"Shoutout à @Decathlon pour le remboursement sans discuter 👏", u"fr",
         SentimentLabel::Positive},
        {u"@Spotify your new playlist feature is a banger", u"en", SentimentLabel::Positive},
        {u"@Lumen the new pricing is a slap in the face to loyal customers", u"en",
         SentimentLabel::Negative},
        {u"Joli sur les photos, décevant en vrai", u"fr", SentimentLabel::Negative},
        {u"Pas donné mais ça les vaut", u"fr", SentimentLabel::Positive},
        {u"Le son grésille dès qu'on monte le volume", u"fr", SentimentLabel::Negative},
        {u"Rien de révolutionnaire, on a déjà vu mieux ailleurs", u"fr", SentimentLabel::Negative},
        {u"Aucune notice en français, bravo", u"fr", SentimentLabel::Negative},
        {u"Le support me renvoie vers la FAQ à chaque fois", u"fr", SentimentLabel::Negative},
        {u"Ça ne vaut clairement pas son prix", u"fr", SentimentLabel::Negative},
        {u"Pour la qualité on repassera", u"fr", SentimentLabel::Negative},
        {u"Ni fait ni à faire", u"fr", SentimentLabel::Negative},
        {u"Si seulement ils répondaient aux messages", u"fr", SentimentLabel::Negative},
        {u"Je ne comprends pas comment on peut vendre ça", u"fr", SentimentLabel::Negative},
        {u"Encore heureux que ça marche au prix où c'est", u"fr", SentimentLabel::Negative},
        {u"Promesses non tenues", u"fr", SentimentLabel::Negative},
        {u"Vivement que ça s'améliore", u"fr", SentimentLabel::Negative},
        {u"J'hésite entre la Halo et la Mini, des avis ?", u"fr", SentimentLabel::Neutral},
        {u"Y a plus de son sur la vidéo après 3 minutes", u"fr", SentimentLabel::Negative},
        {u"Encore une pub déguisée", u"fr", SentimentLabel::Negative},
        {u"Dislike pour le titre putaclic", u"fr", SentimentLabel::Negative},
        {u"Tu t'es fait payer combien pour dire ça ?", u"fr", SentimentLabel::Negative},
        {u"Data breach at Lumen: customer emails exposed", u"en", SentimentLabel::Negative},
        {u"Fuite de données chez Lumen", u"fr", SentimentLabel::Negative},
        // Giving in to a purchase is no crack.
        {u"J'ai craqué, pas déçue du tout", u"fr", SentimentLabel::Positive},
        {u"l'écran a craqué", u"fr", SentimentLabel::Negative},
        {u"Des mois que j'attends un correctif, silence radio", u"fr", SentimentLabel::Negative},
        {u"Ça sent l'obsolescence programmée", u"fr", SentimentLabel::Negative},
        {u"J'ai dû tout réinstaller trois fois, je perds patience", u"fr",
         SentimentLabel::Negative},
        {u"Ils ont supprimé la fonction minuterie, sérieusement ?", u"fr",
         SentimentLabel::Negative},
        {u"Franchement je m'attendais à pire, c'est plutôt réussi", u"fr",
         SentimentLabel::Positive},
        {u"le solaire est l'énergie la moins chère", u"fr", SentimentLabel::Positive},
        {u"Je cherche une alternative moins chère, des idées ?", u"fr", SentimentLabel::Neutral},
        {u"The app asks for location permissions for no reason, that's a red flag", u"en",
         SentimentLabel::Negative},
        {u"It stopped connecting to wifi and the reset doesn't help", u"en",
         SentimentLabel::Negative},
        {u"Good luck getting a human on the phone", u"en", SentimentLabel::Negative},
        {u"Why does every update remove a feature I use?", u"en", SentimentLabel::Negative},
        {u"I wonder how they compare to the Philips ones", u"en", SentimentLabel::Neutral},
        {u"idk why anyone would pay for this tbh", u"en", SentimentLabel::Negative},
        {u"I can't believe they charged me twice", u"en", SentimentLabel::Negative},
        {u"Been on hold for an hour", u"en", SentimentLabel::Negative},
        {u"it doesn't work", u"en", SentimentLabel::Negative},
        {u"I can't login since the update", u"en", SentimentLabel::Negative},
        {u"the app won't load", u"en", SentimentLabel::Negative},
        {u"my charger is not charging", u"en", SentimentLabel::Negative},
        {u"ça ne marche pas", u"fr", SentimentLabel::Negative},
        {u"ça marche pas depuis hier", u"fr", SentimentLabel::Negative},
        {u"ça marche très bien", u"fr", SentimentLabel::Positive},
        {u"mon téléphone ne s'allume plus", u"fr", SentimentLabel::Negative},
        {u"le service client ne répond pas", u"fr", SentimentLabel::Negative},
        {u"pas de réponse depuis trois jours", u"fr", SentimentLabel::Negative},
        {u"Thanks for nothing", u"en", SentimentLabel::Negative},
        {u"J'aurais jamais dû acheter ce truc", u"fr", SentimentLabel::Negative},
        {u"Ça ne vaut pas le prix demandé", u"fr", SentimentLabel::Negative},
        {u"Le SAV m'a baladé pendant un mois", u"fr", SentimentLabel::Negative},
        {u"Should have never bought this thing", u"en", SentimentLabel::Negative},
        {u"Support kept bouncing me around for a month", u"en", SentimentLabel::Negative},
        {u"Déçu, je m'attendais à mieux", u"fr", SentimentLabel::Negative},
        {u"Comment c'est possible que ce soit toujours pas réglé ??", u"fr",
         SentimentLabel::Negative},
        // A word the lexicon knows with an accent is not another word written without one:
        // the press is no hurry, the style is not stylish, the mouth is not blocked, and
        // "le comble" is the last straw, not fulfilment.
        {u"Le style de l'auteur", u"fr", SentimentLabel::Neutral},
        {u"Un rouge à lèvres pour la bouche", u"fr", SentimentLabel::Neutral},
        {u"Une prime de fin d'année", u"fr", SentimentLabel::Neutral},
        {u"C'est le comble", u"fr", SentimentLabel::Negative},
        {u"Trop stylé ce sac", u"fr", SentimentLabel::Positive},
        {u"Je suis comblé", u"fr", SentimentLabel::Positive},
        {u"Qui contacter pour la presse ?", u"fr", SentimentLabel::Neutral},
        {u"Lumen publie un communiqué de presse", u"fr", SentimentLabel::Neutral},
        {u"The quality has gone downhill since last year", u"en", SentimentLabel::Negative},
        {u"I was promised a callback that never came", u"en", SentimentLabel::Negative},
        {u"Merci pour rien", u"fr", SentimentLabel::Negative},
        {u"Votre chatbot ne sert à rien", u"fr", SentimentLabel::Negative},
        {u"Personne ne décroche au service client", u"fr", SentimentLabel::Negative},
        {u"la hotline est une blague", u"fr", SentimentLabel::Negative},
        {u"this is how you treat loyal customers", u"en", SentimentLabel::Negative},
        {u"ma commande n'est jamais arrivée", u"fr", SentimentLabel::Negative},
        {u"j'ai été débité deux fois", u"fr", SentimentLabel::Negative},
        {u"je n'arrive pas à me connecter", u"fr", SentimentLabel::Negative},
        {u"votre appli me déconnecte sans arrêt", u"fr", SentimentLabel::Negative},
        {u"the app keeps logging me out", u"en", SentimentLabel::Negative},
        {u"je veux être remboursé", u"fr", SentimentLabel::Negative},
        {u"I'm cancelling my subscription", u"en", SentimentLabel::Negative},
        {u"Please help, my order hasn't arrived", u"en", SentimentLabel::Negative},
        {u"I have been waiting 3 weeks for a reply", u"en", SentimentLabel::Negative},
        {u"no one has answered my email", u"en", SentimentLabel::Negative},
        {u"my parcel shows delivered but I never got it", u"en", SentimentLabel::Negative},
        {u"j'attends toujours une réponse", u"fr", SentimentLabel::Negative},
        {u"Le technicien n'est jamais venu", u"fr", SentimentLabel::Negative},
        {u"On nous prend vraiment pour des pigeons", u"fr", SentimentLabel::Negative},
        {u"je n'ai toujours pas été remboursé", u"fr", SentimentLabel::Negative},
        {u"The update bricked my device", u"en", SentimentLabel::Negative},
        {u"Ça fait une semaine que j'attends le technicien, personne ne vient", u"fr",
         SentimentLabel::Negative},
        {u"ils ont clôturé mon dossier sans rien régler", u"fr", SentimentLabel::Negative},
        {u"Support closed my ticket without fixing anything", u"en", SentimentLabel::Negative},
        {u"Third replacement unit and it still won't pair", u"en", SentimentLabel::Negative},
        {u"Trois jours sans internet", u"fr", SentimentLabel::Negative},
        {u"No signal since Monday", u"en", SentimentLabel::Negative},
        {u"Aidez-moi svp, ma commande", u"fr", SentimentLabel::Neutral},
        {u"Been using Lumen bulbs for 2 years, zero issues, would buy again", u"en",
         SentimentLabel::Positive},
        {u"ngl the app redesign slaps", u"en", SentimentLabel::Positive},
        {u"the smart plug arrived today", u"en", SentimentLabel::Neutral},
        {u"Installée hier, aucun souci", u"fr", SentimentLabel::Positive},
        {u"Le nouveau thermostat est une tuerie, conso divisée par deux", u"fr",
         SentimentLabel::Positive},
        {u"qualité en chute libre", u"fr", SentimentLabel::Negative},
        // A complaint's word negated is still a complaint.
        {u"Still no refund after 6 weeks, this is a joke", u"en", SentimentLabel::Negative},
        {u"pas de remboursement possible", u"fr", SentimentLabel::Negative},
        {u"j'ai été remboursé rapidement", u"fr", SentimentLabel::Positive},
        // A claim denied is no praise.
        {u"I didn't get a refund", u"en", SentimentLabel::Negative},
        {u"je n'ai pas eu de remboursement", u"fr", SentimentLabel::Negative},
        {u"ils ne veulent pas me rembourser", u"fr", SentimentLabel::Negative},
        // Asking for help is no praise; help given is.
        {u"vous pouvez m'aider svp ?", u"fr", SentimentLabel::Neutral},
        {u"j'ai besoin d'aide pour ma facture", u"fr", SentimentLabel::Neutral},
        {u"elle m'a beaucoup aidé", u"fr", SentimentLabel::Positive},
        // Nor disbelief nor a feature's name.
        {u"je n'arrive pas à croire que c'est si bon", u"fr", SentimentLabel::Positive},
        {u"the noise cancelling is amazing", u"en", SentimentLabel::Positive},
    });
    // Shown as written, the contraction whole.
    const SentimentResult r =
        scorer().score(QStringLiteral("the app doesn\u2019t work"), QStringLiteral("en"));
    CHECK(r.explanation == QStringList{QStringLiteral("doesn\u2019t work(-2.6)")});
}

TEST_CASE("a text of no one language is read with the phrases of both", "[sentiment]") {
    // No function word tells its language: the English phrase still weighs as one (its
    // words then say it is English).
    const SentimentResult r = scorer().score(QStringLiteral("stopped working"));
    CHECK(r.lang == QStringLiteral("en"));
    CHECK(r.sentiment.label == SentimentLabel::Negative);
    CHECK(r.explanation.join(u' ').startsWith(QStringLiteral("stopped working(")));
}

TEST_CASE("a French verb weighs in every tense through the forms the lexicon lists",
          "[sentiment]") {
    checkLabels({
        {u"j'adorais cette série", u"fr", SentimentLabel::Positive},
        {u"les enfants adoreront", u"fr", SentimentLabel::Positive},
        {u"l'appli plantait sans arrêt", u"fr", SentimentLabel::Negative},
        {u"je recommanderais ce magasin", u"fr", SentimentLabel::Positive},
        {u"ils détestaient la nouvelle formule", u"fr", SentimentLabel::Negative},
        {u"ce conseil me ravissait", u"fr", SentimentLabel::Positive},
        {u"les villages en bénéficieront", u"fr", SentimentLabel::Positive},
        {u"je ne le recommanderai pas", u"fr", SentimentLabel::Negative},
        // Plurals of nouns that end like a verb's "nous" are no verbs.
        {u"des bouchons sur le périphérique ce matin", u"fr", SentimentLabel::Neutral},
        {u"les rayons du magasin ont changé", u"fr", SentimentLabel::Neutral},
        // Nor "connaître" the insult its stem spells, nor a wish praise.
        {u"tu connais ce magasin ?", u"fr", SentimentLabel::Neutral},
        {u"j'aimerais savoir où est ma commande", u"fr", SentimentLabel::Neutral},
        {u"ce roman gagnerait à être raccourci", u"fr", SentimentLabel::Negative},
    });
    // The tense is found whatever the case of the word's letters.
    CHECK(scoreOf(QStringLiteral("J'ADORAIS"), QStringLiteral("fr")) > 0);
}

TEST_CASE("'cher' greeting a name, a handle or after a possessive is no price", "[sentiment]") {
    checkLabels({
        {u"Chère Sophie, merci pour votre retour", u"fr", SentimentLabel::Positive},
        {u"Chère @SNCF, pouvez-vous me rappeler", u"fr", SentimentLabel::Neutral},
        {u"mes chers clients, la boutique ouvre lundi", u"fr", SentimentLabel::Neutral},
        {u"trop chère cette offre", u"fr", SentimentLabel::Negative},
        {u"cher pour ce que c'est", u"fr", SentimentLabel::Negative},
        // Past an adverb, and only where a letter opens: after a verb it is a price again.
        {u"Mon très cher client, votre colis arrive lundi", u"fr", SentimentLabel::Neutral},
        {u"Bonjour chère @Fnac, où en est ma commande ?", u"fr", SentimentLabel::Neutral},
        {u"C'est cher Orange pour ce service", u"fr", SentimentLabel::Negative},
        {u"c'est si cher Free", u"fr", SentimentLabel::Negative},
    });
    const SentimentResult greeting = scorer().score(
        QStringLiteral("Chère Sophie, merci pour votre retour"), QStringLiteral("fr"));
    CHECK_FALSE(greeting.explanation.join(u' ').contains(QStringLiteral("Chère")));
}

TEST_CASE("thanks that close a request are politeness", "[sentiment]") {
    checkLabels({
        {u"Je voudrais modifier mon adresse de livraison, merci", u"fr", SentimentLabel::Neutral},
        {u"Pouvez-vous vérifier ma commande ? Merci", u"fr", SentimentLabel::Neutral},
        {u"Could you check my order please? Thanks!", u"en", SentimentLabel::Neutral},
        // Thanks for something, or after no request, still thank.
        {u"Problème résolu, merci", u"fr", SentimentLabel::Positive},
        {u"Thanks for the quick reply, all sorted!", u"en", SentimentLabel::Positive},
        {u"Super produit, merci", u"fr", SentimentLabel::Positive},
        // A request about a problem still says the problem.
        {u"Ma lampe ne s'allume plus, pouvez-vous m'aider ? Merci", u"fr",
         SentimentLabel::Negative},
    });
}

TEST_CASE("'merci de' before an infinitive asks; it does not thank", "[sentiment]") {
    checkLabels({
        {u"Merci de corriger la facture", u"fr", SentimentLabel::Neutral},
        {u"merci de me rappeler au plus vite", u"fr", SentimentLabel::Neutral},
        {u"Merci d'envoyer le bon de retour", u"fr", SentimentLabel::Neutral},
        {u"Merci de bien vouloir me répondre", u"fr", SentimentLabel::Neutral},
        {u"merci de ne pas couper la ligne", u"fr", SentimentLabel::Neutral},
        // Thanks for what was done, and for something named, are thanks.
        {u"merci de m'avoir aidé", u"fr", SentimentLabel::Positive},
        {u"merci d'être venus si nombreux", u"fr", SentimentLabel::Positive},
        {u"merci de votre retour", u"fr", SentimentLabel::Positive},
        {u"Merci pour la réponse rapide", u"fr", SentimentLabel::Positive},
        {u"merci d'avance", u"fr", SentimentLabel::Positive},
    });
}

TEST_CASE("asking whether something works says nothing of it yet", "[sentiment]") {
    checkLabels({
        {u"Est-ce que l'appli fonctionne ?", u"fr", SentimentLabel::Neutral},
        {u"ça marche chez vous ?", u"fr", SentimentLabel::Neutral},
        {u"Is the site working?", u"en", SentimentLabel::Neutral},
        {u"does it still work on Android 10?", u"en", SentimentLabel::Neutral},
        {u"Does anyone know if the app supports dark mode?", u"en", SentimentLabel::Neutral},
        {u"Vous conseillez quel modèle pour une chambre ?", u"fr", SentimentLabel::Neutral},
        {u"Quelqu'un a réussi à l'installer sans le hub ?", u"fr", SentimentLabel::Neutral},
        {u"Would you recommend it?", u"en", SentimentLabel::Neutral},
        {u"Je vous conseille ce modèle", u"fr", SentimentLabel::Positive},
        {u"napster now supports this device", u"en", SentimentLabel::Positive},
        // Said, or asked of a failure, it weighs.
        {u"l'appli fonctionne très bien", u"fr", SentimentLabel::Positive},
        {u"ça marche, merci ! Et la facture ?", u"fr", SentimentLabel::Positive},
        {u"Why is it not working?", u"en", SentimentLabel::Negative},
        {u"ça marche pas ?", u"fr", SentimentLabel::Negative},
    });
}

TEST_CASE("capitalised words that name something inside a sentence weigh nothing", "[sentiment]") {
    checkLabels({
        {u"the Super Eagles coach met the press", u"en", SentimentLabel::Neutral},
        {u"we drove past the Jones County Fair", u"en", SentimentLabel::Neutral},
        {u"J'ai acheté de la confiture Bonne Maman", u"fr", SentimentLabel::Neutral},
        {u"Heureusement, Super U était ouvert", u"fr", SentimentLabel::Positive},
        // The first word of a sentence, a hashtag's parts, a text written in capitals.
        {u"Great. Best day of the year", u"en", SentimentLabel::Positive},
        {u"#BestDayEver with my team", u"en", SentimentLabel::Positive},
        {u"So Happy Today", u"en", SentimentLabel::Positive},
        {u"I Love this phone", u"en", SentimentLabel::Positive},
    });
    const SentimentResult named =
        scorer().score(QStringLiteral("Heureusement, Super U était ouvert"), QStringLiteral("fr"));
    CHECK(named.explanation == QStringList{QStringLiteral("Heureusement(+2.0)")});
}

TEST_CASE("French 'si' insists only on the word right after it", "[sentiment]") {
    const auto noteOf = [](const QString &text) {
        return scorer().score(text, QStringLiteral("fr")).explanation.join(u' ');
    };
    CHECK(noteOf(QStringLiteral("c'est si beau")) == QStringLiteral("beau(+3.3 si)"));
    // The "if" of a condition is no intensity.
    CHECK(noteOf(QStringLiteral("si vous aimez les polars")) == QStringLiteral("aimez(+3.0)"));
}

TEST_CASE("every phrase of the built-in lexicons is read as one, however its words are written",
          "[sentiment]") {
    // A phrase is matched on the words the scorer reads: a contraction ("can't") or an elision
    // ("chef d'œuvre") in a list must not leave the phrase unreachable.
    int phrases = 0;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("fr")}) {
        QFile file(QStringLiteral(":/veille/lexicons/%1.tsv").arg(lang));
        REQUIRE(file.open(QIODevice::ReadOnly));
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (line.startsWith(u'#') || !line.contains(u'\t'))
                continue;
            const QString term = line.section(u'\t', 0, 0);
            const double value = line.section(u'\t', 1).toDouble();
            if (!term.contains(u' ') || value == 0)
                continue;
            ++phrases;
            const SentimentResult r = scorer().score(term, lang, true);
            INFO(lang.toStdString() << ": " << term.toStdString() << " -> "
                                    << r.explanation.join(u"; ").toStdString());
            REQUIRE(r.explanation.size() >= 1);
            CHECK(r.explanation.first().startsWith(term + u'('));
        }
    }
    CHECK(phrases > 100);
    // Within a sentence, with a typographic apostrophe, and three words long.
    CHECK(scorer()
              .score(QStringLiteral("Honestly I can\u2019t stand this update"),
                     QStringLiteral("en"), true)
              .explanation.join(u"; ")
              .contains(QStringLiteral("can\u2019t stand(-")));
    CHECK(labelOf(QStringLiteral("Merci, pas de problème pour le remplacement")) ==
          SentimentLabel::Positive);
    CHECK(labelOf(QStringLiteral("Lumen, c'est un vrai chef-d'œuvre")) == SentimentLabel::Positive);
    // The same for a phrase the manager adds.
    SentimentScorer own;
    own.overlay().set(QStringLiteral("n'importe quoi"), -2);
    CHECK(own.score(QStringLiteral("ce firmware c'est n'importe quoi")).sentiment.label ==
          SentimentLabel::Negative);
}

TEST_CASE("no two terms of a built-in lexicon are read as one word with two values",
          "[sentiment]") {
    // The lexicons are keyed folded: "abuse" and "abusé" are one key, and the value read
    // would be whichever line came last. Written forms that fold alike must agree.
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("fr")}) {
        QFile file(QStringLiteral(":/veille/lexicons/%1.tsv").arg(lang));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QHash<QString, std::pair<QString, QString>> seen; // key -> (written, value)
        int terms = 0;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (line.startsWith(u'#') || !line.contains(u'\t'))
                continue;
            ++terms;
            const QString term = line.section(u'\t', 0, 0);
            const QString value = line.section(u'\t', 1).trimmed();
            const QString key = lexiconKey(term);
            const auto earlier = seen.constFind(key);
            if (earlier != seen.constEnd()) {
                INFO(lang.toStdString()
                     << ": " << earlier->first.toStdString() << " " << earlier->second.toStdString()
                     << " and " << term.toStdString() << " " << value.toStdString());
                CHECK(earlier->second == value);
            }
            seen.insert(key, {term, value});
        }
        CHECK(terms > 2000);
    }
}

TEST_CASE("a negative prefix reverses a word the lexicon knows", "[sentiment]") {
    const QString en = QStringLiteral("en");
    CHECK(labelOf(QStringLiteral("a rather unimpressive launch"), en) == SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("an unsuccessful update"), en) == SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("disloyal to its customers"), en) == SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("un design inélégant")) == SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("un résultat insatisfaisant")) == SentimentLabel::Negative);
    CHECK(labelOf(QStringLiteral("un rendu imparfait")) == SentimentLabel::Negative);
    // Not a prefix: the word stays what it is.
    CHECK(labelOf(QStringLiteral("unlike the old model it has a dimmer"), en) ==
          SentimentLabel::Neutral);
    CHECK(labelOf(QStringLiteral("invaluable support"), en) == SentimentLabel::Positive);
    // in- turns qualities, not words that weigh against: "Indies" is not "in" + "dies".
    CHECK(labelOf(QStringLiteral("the West Indies tour starts"), en) == SentimentLabel::Neutral);
    CHECK(labelOf(QStringLiteral("an unafraid reply"), en) == SentimentLabel::Positive);
    const SentimentResult r =
        scorer().score(QStringLiteral("unimpressive"), QStringLiteral("en"), true);
    REQUIRE(r.explanation.size() == 1);
    CHECK(r.explanation.first().contains(QLatin1String("un-")));
}

TEST_CASE("what weighs against counts more than what weighs for", "[sentiment]") {
    const QString en = QStringLiteral("en");
    // As much of both in the lexicon: the text leans negative, in both languages.
    const SentimentResult mixed =
        scorer().score(QStringLiteral("the screen is good, the battery is bad"), en, true);
    CHECK(mixed.sentiment.label == SentimentLabel::Negative);
    CHECK(mixed.explanation ==
          QStringList({QStringLiteral("good(+2.0)"), QStringLiteral("bad(-2.6)")}));
    CHECK(labelOf(QStringLiteral("l'appli est pratique, la batterie est nulle")) ==
          SentimentLabel::Negative);
    // A negation that turns a word against weighs the same way ("not good": 2 × -0.74 × 1.3).
    CHECK(scorer().score(QStringLiteral("not good"), en, true).explanation.first() ==
          QStringLiteral("good(-1.9 negated by not)"));
    // The manager's own terms weigh exactly what they were given.
    SentimentScorer own;
    own.overlay().set(QStringLiteral("glare"), -2);
    const SentimentResult brand = own.score(QStringLiteral("good lamp, glare"), en, true);
    CHECK(brand.explanation.contains(QStringLiteral("glare(-2.0)")));
    CHECK(brand.sentiment.label == SentimentLabel::Neutral);
}

TEST_CASE("the explanation names the words and rules that weighed", "[sentiment]") {
    const SentimentResult r =
        scorer().score(QStringLiteral("Je ne suis pas content, mais le design est top !"));
    REQUIRE(r.explanation.size() >= 2);
    CHECK(r.explanation.join(u' ').contains(QStringLiteral("negated by pas")));
    CHECK(r.explanation.join(u' ').contains(QStringLiteral("after contrast")));
    CHECK(r.sentiment.score >= -1.0);
    CHECK(r.sentiment.score <= 1.0);
    CHECK(scorer().score(QStringLiteral("top"), {}, false).explanation.isEmpty());
}

TEST_CASE("the weights an explanation shows add up to the score", "[sentiment]") {
    // Each weight is shown once every rule has changed it (contrast, irony, mocking laughter),
    // so the manager can follow the sum: the score is that sum squashed into [-1, 1].
    const QRegularExpression weight(QStringLiteral("\\(([+-]?[0-9]+(?:\\.[0-9])?)"));
    for (const char16_t *text :
         {u"Je ne suis pas content, mais le design est top !", u"Great lamp, yet the app is awful",
          u"Encore une hausse de prix, merci pour la fidélité", u"Osef de leur nouveau logo mdr",
          u"Colis perdu. Génial.", u"Super produit, dommage pour la livraison"}) {
        const SentimentResult r = scorer().score(QString::fromUtf16(text), {}, true);
        INFO(QString::fromUtf16(text).toStdString() + " -> " +
             r.explanation.join(u"; ").toStdString());
        double shown = 0;
        for (const QString &part : r.explanation) {
            const QRegularExpressionMatch m = weight.match(part);
            REQUIRE(m.hasMatch());
            shown += m.captured(1).toDouble();
        }
        const double score = r.sentiment.score;
        const double sum = score * std::sqrt(15.0) / std::sqrt(1 - score * score);
        CHECK(std::abs(shown - sum) <= 0.05 * r.explanation.size() + 1e-9);
    }
}

TEST_CASE("a lexicon reads term<TAB>score and reports the lines it cannot read", "[sentiment]") {
    Lexicon lexicon;
    QList<int> bad;
    CHECK(lexicon.load(QStringLiteral("# brand terms\nlumineux\t2\nbof\t-1.5\nbroken line\nrappel "
                                      "produit\t-3\nhuge\t9\nfive words are too many\t-1\n"
                                      "not worth the money\t-2\n"),
                       &bad) == 3);
    CHECK(bad == QList<int>({4, 6, 7}));
    CHECK(lexicon.find(QStringLiteral("not worth the money")) == -2);
    CHECK(lexicon.longestPhrase() == 4);
    CHECK(lexicon.find(QStringLiteral("bof")) == -1.5);
    CHECK(lexicon.find(QStringLiteral("rappel produit")) == -3);
    CHECK(lexicon.hasPhrasesStartingWith(QStringLiteral("rappel")));
    CHECK(foldWord(u"Déçue’Œuvre") == QStringLiteral("decue'oeuvre"));
}

TEST_CASE("folding gives the same letters however long the word and wherever its accents",
          "[sentiment]") {
    // ASCII is folded four characters at a time, the last few as the last four: every length
    // and every place of a character outside ASCII, against folding one character at a time.
    // The characters beside 'A' and 'Z' in ASCII ('@', '[', '`', '{') must stay as they are.
    const QString letters = QStringLiteral("@AZ[`az{MiXeD-caSE'0");
    auto oneByOne = [](QStringView word) {
        QString out;
        for (const QChar c : word)
            out += foldWord(QStringView(&c, 1));
        return out;
    };
    int compared = 0;
    for (qsizetype size = 1; size <= letters.size(); ++size) {
        const QString word = letters.left(size);
        CHECK(foldWord(word) == oneByOne(word));
        for (qsizetype at = 0; at < size; ++at) {
            for (const QChar accented : {QChar(u'É'), QChar(u'œ'), QChar(u'\u2019')}) {
                QString mixed = word;
                mixed[at] = accented;
                INFO(mixed.toStdString());
                CHECK(foldWord(mixed) == oneByOne(mixed));
                ++compared;
            }
        }
    }
    CHECK(compared == 3 * letters.size() * (letters.size() + 1) / 2);
    CHECK(foldWord(u"@AZ[`az{") == QStringLiteral("@az[`az{"));
    CHECK(foldWord(u"ÉCOLOGIE") == QStringLiteral("ecologie"));
}

TEST_CASE("a word table keeps its own copy of words given as views of other text", "[sentiment]") {
    WordTable<int> table;
    {
        // A word read out of a buffer that is reused afterwards (as the scorer does).
        QString buffer = QStringLiteral("superbe");
        table[QString::fromRawData(buffer.constData(), buffer.size())] = 3;
        buffer.fill(u'x');
    }
    REQUIRE(table.find(u"superbe"));
    CHECK(*table.find(u"superbe") == 3);
    CHECK_FALSE(table.find(u"xxxxxxx"));
    table[QStringLiteral("superbe")] += 1; // the same entry
    CHECK(table.size() == 1);
    auto copy = std::make_unique<WordTable<int>>(table);
    table = WordTable<int>(); // the copy's keys stay valid without the original
    CHECK(*copy->find(u"superbe") == 4);
    CHECK_FALSE(table.find(u"superbe"));
}

TEST_CASE("a name is read as the words it is made of, and a term at 0 reads it as a name",
          "[sentiment]") {
    CHECK(scorer().readAsWords(QStringLiteral("Bonne Maman")).sentiment.label ==
          SentimentLabel::Positive);
    CHECK(scorer().readAsWords(QStringLiteral("Free")).sentiment.label ==
          SentimentLabel::Positive); // "free", in English
    CHECK(scorer().readAsWords(QStringLiteral("Arnaques")).sentiment.label ==
          SentimentLabel::Negative);
    CHECK(scorer().readAsWords(QStringLiteral("Lumen")).sentiment.label == SentimentLabel::Neutral);
    CHECK(scorer().readAsWords(QStringLiteral("Lumen")).explanation.isEmpty());
    CHECK(scorer()
              .readAsWords(QStringLiteral("Bonne Maman"))
              .explanation.join(u' ')
              .contains(QStringLiteral("bonne")));
    // Written in lower case, the brand's name is taken for its words, until a term says it
    // weighs nothing; the rest of the mention still weighs.
    const QString mention = QStringLiteral("j'ai acheté de la bonne maman au marché");
    SentimentScorer own;
    CHECK(own.score(mention, QStringLiteral("fr")).sentiment.label == SentimentLabel::Positive);
    own.overlay().set(QStringLiteral("Bonne Maman"), 0);
    CHECK(own.score(mention, QStringLiteral("fr")).sentiment.label == SentimentLabel::Neutral);
    CHECK(own.score(QStringLiteral("la bonne maman est infecte"), QStringLiteral("fr"))
              .sentiment.label == SentimentLabel::Negative);
    CHECK(own.readAsWords(QStringLiteral("Bonne Maman")).sentiment.label ==
          SentimentLabel::Neutral);
}

TEST_CASE("the overlay outweighs the built-in lexicon", "[sentiment]") {
    SentimentScorer own;
    CHECK(own.score(QStringLiteral("la lampe lumen est brillante")).sentiment.score > 0);
    own.overlay().set(QStringLiteral("brillante"), -2); // for this brand, a glare complaint
    CHECK(own.score(QStringLiteral("la lampe lumen est brillante")).sentiment.score < 0);
}

TEST_CASE("what the scorer remembers of words follows each scorer's overlay", "[sentiment]") {
    // The scorer remembers per thread what it found of each word; two scorers with their own
    // brand terms, used in turn on one thread, and an overlay changed between two texts, must
    // each read the words as their own lexicons say.
    const QString text = QStringLiteral("the lumen flickers again");
    SentimentScorer calm;
    SentimentScorer angry;
    angry.overlay().set(QStringLiteral("flickers"), -3);
    for (int round = 0; round < 3; ++round) {
        CHECK(calm.score(text, QStringLiteral("en")).sentiment.label == SentimentLabel::Neutral);
        CHECK(angry.score(text, QStringLiteral("en")).sentiment.label == SentimentLabel::Negative);
    }
    angry.overlay().set(QStringLiteral("flickers"), 3); // changed between two texts
    CHECK(angry.score(text, QStringLiteral("en")).sentiment.label == SentimentLabel::Positive);
    const SentimentScorer copy = angry; // the same terms
    CHECK(copy.score(text, QStringLiteral("en")).sentiment.label == SentimentLabel::Positive);
    angry.overlay() = Lexicon(); // every brand term dropped
    CHECK(angry.score(text, QStringLiteral("en")).sentiment.label == SentimentLabel::Neutral);
    CHECK(copy.score(text, QStringLiteral("en")).sentiment.label == SentimentLabel::Positive);
    // An inflected form found through its stem follows the overlay too.
    angry.overlay().set(QStringLiteral("flicker"), -2);
    CHECK(angry.score(QStringLiteral("it flickered"), QStringLiteral("en")).sentiment.label ==
          SentimentLabel::Negative);
}

TEST_CASE("a word remembered as read in one language is read afresh in the other", "[sentiment]") {
    // The scorer finds a word's value in a language only when a text in that language asks;
    // a word first seen in French must still weigh as English says when an English text has
    // it, and the other way round, whatever was asked first and however the language was
    // chosen (given, or found from the text).
    SentimentScorer first;
    SentimentScorer fresh;
    auto score = [](const SentimentScorer &s, const QString &text, const QString &lang) {
        return s.score(text, lang).sentiment.score;
    };
    const QString english = QStringLiteral("this was bad, really bad");
    const QString french = QStringLiteral("franchement nul et décevant");
    // Read first in the wrong language: "bad" is no French word, "nul" no English one.
    CHECK(score(first, english, QStringLiteral("fr")) ==
          score(fresh, english, QStringLiteral("fr")));
    CHECK(score(first, french, QStringLiteral("en")) == score(fresh, french, QStringLiteral("en")));
    SentimentScorer other;
    CHECK(score(other, english, QStringLiteral("fr")) >
          score(fresh, english, QStringLiteral("en")));
    // Then in their own, by name and by detection.
    CHECK(score(first, english, QStringLiteral("en")) < 0);
    CHECK(score(first, english, QStringLiteral("en")) ==
          score(fresh, english, QStringLiteral("en")));
    CHECK(score(first, french, QStringLiteral("fr")) < 0);
    CHECK(score(first, french, {}) == score(fresh, french, QStringLiteral("fr")));
    CHECK(first.score(english).lang == QStringLiteral("en"));
    CHECK(score(first, english, {}) == score(fresh, english, QStringLiteral("en")));
}

TEST_CASE("corrections teach the brand's vocabulary: a similar new mention scores better",
          "[sentiment]") {
    SentimentScorer engine;
    const QString fresh = QStringLiteral("La Lumen clignote depuis hier");
    CHECK(engine.score(fresh).sentiment.label == SentimentLabel::Neutral); // "clignote" is unknown
    const Lexicon learnt =
        CorrectionLearner::learn({{QStringLiteral("ma lampe clignote encore"), QStringLiteral("fr"),
                                   SentimentLabel::Negative},
                                  {QStringLiteral("elle clignote sans arrêt, merci"),
                                   QStringLiteral("fr"), SentimentLabel::Negative},
                                  {QStringLiteral("la nouvelle Lumen 2 est là"),
                                   QStringLiteral("fr"), SentimentLabel::Neutral}});
    REQUIRE(learnt.find(QStringLiteral("clignote")));
    CHECK(*learnt.find(QStringLiteral("clignote")) < -1.0);
    CHECK_FALSE(learnt.find(QStringLiteral("la"))); // function words never learn
    engine.overlay().merge(learnt);
    const SentimentResult after = engine.score(fresh);
    CHECK(after.sentiment.label == SentimentLabel::Negative);
    CHECK(after.explanation.join(u' ').contains(QStringLiteral("clignote")));
    // One correction moves a word less than two agreeing ones.
    const Lexicon once = CorrectionLearner::learn(
        {{QStringLiteral("ça clignote"), QStringLiteral("fr"), SentimentLabel::Negative}});
    CHECK(*once.find(QStringLiteral("clignote")) > *learnt.find(QStringLiteral("clignote")));
}

TEST_CASE("a correction overrides the mention at once and is kept to learn from", "[sentiment]") {
    test::TempWorkspace temp;
    REQUIRE_FALSE(Workspace::prepare(temp.location()));
    ScopedConnection connection;
    REQUIRE_FALSE(connection.open(temp.location()));
    MentionStore store(connection.database());
    Mention m = std::get<Mention>(
        mentionFromJsonLine(test::mentionLine(1, QStringLiteral("ma Lumen clignote"))));
    m.sentiment = {SentimentLabel::Positive, 0.4};
    REQUIRE_FALSE(failed(store.insert({m}, QDateTime::currentDateTimeUtc())));
    const qint64 row = std::get<QList<Mention>>(store.find({})).first().rowId;
    REQUIRE(std::get<bool>(
        store.correctSentiment(row, SentimentLabel::Negative, QDateTime::currentDateTimeUtc())));
    const Mention corrected = std::get<Mention>(store.byRowId(row));
    CHECK(corrected.sentiment.label == SentimentLabel::Negative);
    CHECK(corrected.sentiment.score < 0);
    const auto all = std::get<0>(store.corrections());
    REQUIRE(all.size() == 1);
    CHECK(std::get<2>(all.first()) == SentimentLabel::Negative);

    MentionEnricher enricher({});
    REQUIRE_FALSE(enricher.learnFrom(connection.database()));
    Mention next = std::get<Mention>(
        mentionFromJsonLine(test::mentionLine(2, QStringLiteral("encore une qui clignote"))));
    next.sentiment = {};
    enricher.enrich(next);
    CHECK(next.sentiment.label == SentimentLabel::Negative);
}
