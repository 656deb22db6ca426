<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountSetup</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>signing in was cancelled</source>
        <translation>la connexion a été annulée</translation>
    </message>
    <message>
        <source>the instance&apos;s address is not a web address</source>
        <translation>l&apos;adresse de l&apos;instance n&apos;est pas une adresse web</translation>
    </message>
    <message>
        <source>no local port is free to receive the browser&apos;s answer</source>
        <translation>aucun port local n&apos;est libre pour recevoir la réponse du navigateur</translation>
    </message>
    <message>
        <source>Veille is signed in. You can close this page and go back to Veille.</source>
        <translation>Veille est connecté. Vous pouvez fermer cette page et revenir à Veille.</translation>
    </message>
    <message>
        <source>Registering Veille on the instance…</source>
        <translation>Enregistrement de Veille sur l&apos;instance…</translation>
    </message>
    <message>
        <source>the instance did not register Veille</source>
        <translation>l&apos;instance n&apos;a pas enregistré Veille</translation>
    </message>
    <message>
        <source>Waiting for the approval in the browser…</source>
        <translation>En attente de l&apos;autorisation dans le navigateur…</translation>
    </message>
    <message>
        <source>the instance refused: %1</source>
        <translation>l&apos;instance a refusé : %1</translation>
    </message>
    <message>
        <source>the token could not be obtained from the instance</source>
        <translation>le jeton n&apos;a pas pu être obtenu de l&apos;instance</translation>
    </message>
    <message>
        <source>the instance did not give a token</source>
        <translation>l&apos;instance n&apos;a pas donné de jeton</translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation>Vérification du compte…</translation>
    </message>
    <message>
        <source>%1 refused the credentials</source>
        <translation>%1 a refusé les identifiants</translation>
    </message>
    <message>
        <source>the handle is missing</source>
        <translation>l&apos;identifiant manque</translation>
    </message>
    <message>
        <source>Keeping the secret in the keychain…</source>
        <translation>Enregistrement du secret dans le trousseau…</translation>
    </message>
    <message>
        <source>the secret could not be taken out of the keychain: %1</source>
        <translation>le secret n&apos;a pas pu être retiré du trousseau : %1</translation>
    </message>
    <message>
        <source>an access token made by hand stays valid until it is revoked in the instance&apos;s Development settings</source>
        <translation>un jeton d&apos;accès créé à la main reste valable jusqu&apos;à sa révocation dans les réglages Développement de l&apos;instance</translation>
    </message>
    <message>
        <source>the app password stays valid until it is revoked in Bluesky&apos;s settings (Privacy and security › App passwords)</source>
        <translation>le mot de passe d&apos;application reste valable jusqu&apos;à sa révocation dans les réglages de Bluesky (Confidentialité et sécurité › Mots de passe d&apos;application)</translation>
    </message>
    <message>
        <source>the token could not be revoked: its secret is no longer in the keychain</source>
        <translation>le jeton n&apos;a pas pu être révoqué : son secret n&apos;est plus dans le trousseau</translation>
    </message>
    <message>
        <source>the instance did not revoke the token: %1</source>
        <translation>l&apos;instance n&apos;a pas révoqué le jeton : %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The workspace: an SQLite file, or a postgresql:// URL (default: VEILLE_DB, then the per-user workspace).</source>
        <translation>L&apos;espace de travail : un fichier SQLite ou une URL postgresql:// (par défaut : VEILLE_DB, sinon l&apos;espace de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Usage: veille [--db LOCATION] [COMMAND] [OPTIONS]</source>
        <translation>Utilisation : veille [--db EMPLACEMENT] [COMMANDE] [OPTIONS]</translation>
    </message>
    <message>
        <source>Without a command, starts the Veille desktop app.</source>
        <translation>Sans commande, lance l&apos;application de bureau Veille.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &apos;veille COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez « veille COMMANDE --help » pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>fill the workspace with a generated demo</source>
        <translation>remplir l&apos;espace de travail avec une démo générée</translation>
    </message>
    <message>
        <source>load mentions from a JSON Lines file</source>
        <translation>charger des mentions depuis un fichier JSON Lines</translation>
    </message>
    <message>
        <source>list mentions, newest first</source>
        <translation>lister les mentions, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>export mentions, authors or posts</source>
        <translation>exporter mentions, auteurs ou publications</translation>
    </message>
    <message>
        <source>add, list or remove topics</source>
        <translation>ajouter, lister ou supprimer des sujets</translation>
    </message>
    <message>
        <source>add, list or remove sources</source>
        <translation>ajouter, lister ou supprimer des sources</translation>
    </message>
    <message>
        <source>veille: unknown command &apos;%1&apos;</source>
        <translation>veille : commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Try &apos;veille --help&apos;.</source>
        <translation>Essayez « veille --help ».</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Try &apos;veille %1 --help&apos;.</source>
        <translation>Essayez « veille %1 --help ».</translation>
    </message>
    <message>
        <source>Seed of the generator (same seed, same workspace).</source>
        <translation>Graine du générateur (même graine, même espace de travail).</translation>
    </message>
    <message>
        <source>Length of the period in days.</source>
        <translation>Durée de la période, en jours.</translation>
    </message>
    <message>
        <source>Number of mentions to generate (besides the brand&apos;s replies).</source>
        <translation>Nombre de mentions à générer (sans compter les réponses de la marque).</translation>
    </message>
    <message>
        <source>End of the period (ISO 8601; default: this hour).</source>
        <translation>Fin de la période (ISO 8601 ; par défaut : l&apos;heure en cours).</translation>
    </message>
    <message>
        <source>Fills a new workspace with a generated, deterministic demo.</source>
        <translation>Remplit un nouvel espace de travail avec une démo générée et reproductible.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed attend un nombre entier</translation>
    </message>
    <message>
        <source>--days takes a number from 1 to 3650</source>
        <translation>--days attend un nombre de 1 à 3650</translation>
    </message>
    <message>
        <source>--mentions takes a number from 0 to 50000000</source>
        <translation>--mentions attend un nombre de 0 à 50000000</translation>
    </message>
    <message>
        <source>--end is not an ISO 8601 date: %1</source>
        <translation>--end n&apos;est pas une date ISO 8601 : %1</translation>
    </message>
    <message>
        <source>demo: day %1 of %2</source>
        <translation>démo : jour %1 sur %2</translation>
    </message>
    <message>
        <source>demo workspace ready: %1 mentions, %2 authors, %3 posts in %4</source>
        <translation>espace de démo prêt : %1 mentions, %2 auteurs, %3 publications dans %4</translation>
    </message>
    <message>
        <source>mentions, authors or posts.</source>
        <translation>mentions, authors ou posts.</translation>
    </message>
    <message>
        <source>csv or jsonl.</source>
        <translation>csv ou jsonl.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>Exports mentions, authors or posts as CSV or JSON Lines.</source>
        <translation>Exporte mentions, auteurs ou publications en CSV ou JSON Lines.</translation>
    </message>
    <message>
        <source>expected one of: mentions, authors, posts</source>
        <translation>attendu : mentions, authors ou posts</translation>
    </message>
    <message>
        <source>cannot export &apos;%1&apos;; expected mentions, authors or posts</source>
        <translation>impossible d&apos;exporter « %1 » ; attendu : mentions, authors ou posts</translation>
    </message>
    <message>
        <source>--format is required (csv or jsonl)</source>
        <translation>--format est obligatoire (csv ou jsonl)</translation>
    </message>
    <message>
        <source>--format takes csv or jsonl</source>
        <translation>--format attend csv ou jsonl</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>exported %1 %2 to %3</source>
        <translation>%1 %2 exportés dans %3</translation>
    </message>
    <message>
        <source>JSON Lines file of mentions, or - for standard input.</source>
        <translation>Fichier JSON Lines de mentions, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Loads mentions from a JSON Lines file into the workspace.</source>
        <translation>Charge des mentions d&apos;un fichier JSON Lines dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>expected one FILE (or -)</source>
        <translation>un FICHIER attendu (ou -)</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>import: %1 lines read, %2 stored</source>
        <translation>import : %1 lignes lues, %2 enregistrées</translation>
    </message>
    <message>
        <source>storing failed after %1 mentions: %2</source>
        <translation>l&apos;enregistrement a échoué après %1 mentions : %2</translation>
    </message>
    <message>
        <source>imported %1, rejected %2</source>
        <translation>imported %1, rejected %2</translation>
    </message>
    <message>
        <source> (%1 already in the workspace)</source>
        <translation> (%1 déjà dans l&apos;espace de travail)</translation>
    </message>
    <message>
        <source>import: %1 lines in %2 s (%3 lines/s)</source>
        <translation>import : %1 lignes en %2 s (%3 lignes/s)</translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 date: %2</source>
        <translation>--%1 n&apos;est pas une date ISO 8601 : %2</translation>
    </message>
    <message>
        <source>--sentiment takes positive, negative or neutral</source>
        <translation>--sentiment attend positive, negative ou neutral</translation>
    </message>
    <message>
        <source>Only mentions containing these words.</source>
        <translation>Seulement les mentions contenant ces mots.</translation>
    </message>
    <message>
        <source>Only mentions of this topic.</source>
        <translation>Seulement les mentions de ce sujet.</translation>
    </message>
    <message>
        <source>From this date (ISO 8601, inclusive).</source>
        <translation>À partir de cette date (ISO 8601, incluse).</translation>
    </message>
    <message>
        <source>Up to this date (ISO 8601, exclusive).</source>
        <translation>Jusqu&apos;à cette date (ISO 8601, exclue).</translation>
    </message>
    <message>
        <source>positive, negative or neutral.</source>
        <translation>positive, negative ou neutral.</translation>
    </message>
    <message>
        <source>At most N mentions (default 100; 0 = all).</source>
        <translation>Au plus N mentions (100 par défaut ; 0 = toutes).</translation>
    </message>
    <message>
        <source>jsonl (default) or csv.</source>
        <translation>jsonl (par défaut) ou csv.</translation>
    </message>
    <message>
        <source>Lists mentions, newest first.</source>
        <translation>Liste les mentions, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>--limit takes a whole number</source>
        <translation>--limit attend un nombre entier</translation>
    </message>
    <message>
        <source>--format takes jsonl or csv</source>
        <translation>--format attend jsonl ou csv</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>add NAME, list, or remove NAME.</source>
        <translation>add NOM, list ou remove NOM.</translation>
    </message>
    <message>
        <source>The boolean query of the topic.</source>
        <translation>La requête booléenne du sujet.</translation>
    </message>
    <message>
        <source>The topic is a competitor.</source>
        <translation>Le sujet est un concurrent.</translation>
    </message>
    <message>
        <source>Adds, lists or removes what Veille listens for.</source>
        <translation>Ajoute, liste ou supprime ce que Veille écoute.</translation>
    </message>
    <message>
        <source>--query is required</source>
        <translation>--query est obligatoire</translation>
    </message>
    <message>
        <source>added topic %1</source>
        <translation>sujet %1 ajouté</translation>
    </message>
    <message>
        <source>there is no topic named &quot;%1&quot;</source>
        <translation>aucun sujet ne s&apos;appelle « %1 »</translation>
    </message>
    <message>
        <source>removed topic %1</source>
        <translation>sujet %1 supprimé</translation>
    </message>
    <message>
        <source>Base URL of the network, or the feed URL for rss.</source>
        <translation>Adresse de base du réseau, ou adresse du flux pour rss.</translation>
    </message>
    <message>
        <source>The signed-in account the source uses.</source>
        <translation>Le compte connecté qu&apos;utilise la source.</translation>
    </message>
    <message>
        <source>unknown source kind &apos;%1&apos;; expected one of: %2</source>
        <translation>type de source inconnu « %1 » ; attendu : %2</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name est obligatoire</translation>
    </message>
    <message>
        <source>an rss source needs --url (the feed&apos;s address)</source>
        <translation>une source rss a besoin de --url (l&apos;adresse du flux)</translation>
    </message>
    <message>
        <source>added source %1</source>
        <translation>source %1 ajoutée</translation>
    </message>
    <message>
        <source>there is no source named &quot;%1&quot;</source>
        <translation>aucune source ne s&apos;appelle « %1 »</translation>
    </message>
    <message>
        <source>removed source %1</source>
        <translation>source %1 supprimée</translation>
    </message>
    <message>
        <source>read an RSS, RDF or Atom feed as JSON Lines</source>
        <translation>lire un flux RSS, RDF ou Atom en JSON Lines</translation>
    </message>
    <message>
        <source>A feed file or address.</source>
        <translation>Un fichier ou une adresse de flux.</translation>
    </message>
    <message>
        <source>Read feed file paths from standard input, one per line.</source>
        <translation>Lire les chemins de flux sur l&apos;entrée standard, un par ligne.</translation>
    </message>
    <message>
        <source>Reads an RSS, RDF or Atom feed and prints its items as JSON Lines.</source>
        <translation>Lit un flux RSS, RDF ou Atom et en affiche les articles en JSON Lines.</translation>
    </message>
    <message>
        <source>--many reads paths from standard input; no FILE expected</source>
        <translation>--many lit les chemins sur l&apos;entrée standard ; aucun FICHIER attendu</translation>
    </message>
    <message>
        <source>expected one FILE or URL</source>
        <translation>un FICHIER ou une URL attendu</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>impossible de récupérer %1 : %2</translation>
    </message>
    <message>
        <source>poll the sources and store new mentions</source>
        <translation>interroger les sources et enregistrer les nouvelles mentions</translation>
    </message>
    <message>
        <source>the query cannot be read: %1</source>
        <translation>la requête est illisible : %1</translation>
    </message>
    <message>
        <source>Poll every source once, print what came, and exit.</source>
        <translation>Interroger chaque source une fois, afficher ce qui est arrivé, puis quitter.</translation>
    </message>
    <message>
        <source>Poll only the source with this name.</source>
        <translation>N’interroger que la source de ce nom.</translation>
    </message>
    <message>
        <source>Polls the sources and stores new mentions (a server can run this around the clock).</source>
        <translation>Interroge les sources et enregistre les nouvelles mentions (un serveur peut le faire jour et nuit).</translation>
    </message>
    <message>
        <source>collect takes no argument</source>
        <translation>collect ne prend pas d’argument</translation>
    </message>
    <message>
        <source>%1: %2 new of %3 read</source>
        <translation>%1 : %2 nouvelles sur %3 lues</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>--source goes with --once</source>
        <translation>--source s’emploie avec --once</translation>
    </message>
    <message>
        <source>collecting; stop with Ctrl+C</source>
        <translation>collecte en cours ; Ctrl+C pour arrêter</translation>
    </message>
    <message>
        <source>collected %1 new mentions from %2 sources</source>
        <translation>collected %1 new mentions from %2 sources</translation>
    </message>
    <message>
        <source>The source&apos;s name (a new one for edit).</source>
        <translation>Le nom de la source (un nouveau nom pour edit).</translation>
    </message>
    <message>
        <source>What to search for on the network (the query language of topics; the channel id for youtube).</source>
        <translation>Ce qu’il faut chercher sur le réseau (le langage de requête des sujets ; l’identifiant de chaîne pour youtube).</translation>
    </message>
    <message>
        <source>Seconds between polls (default 900, at least 60).</source>
        <translation>Secondes entre deux interrogations (900 par défaut, 60 au moins).</translation>
    </message>
    <message>
        <source>Poll the source (edit).</source>
        <translation>Interroger la source (edit).</translation>
    </message>
    <message>
        <source>Pause the source (edit).</source>
        <translation>Mettre la source en pause (edit).</translation>
    </message>
    <message>
        <source>--interval takes a number of seconds, at least 60</source>
        <translation>--interval attend un nombre de secondes, 60 au moins</translation>
    </message>
    <message>
        <source>--url must be an http or https address</source>
        <translation>--url doit être une adresse http ou https</translation>
    </message>
    <message>
        <source>a youtube source needs --query CHANNEL_ID (UC…)</source>
        <translation>une source youtube demande --query IDENTIFIANT_DE_CHAÎNE (UC…)</translation>
    </message>
    <message>
        <source>a %1 source needs --query</source>
        <translation>une source %1 demande --query</translation>
    </message>
    <message>
        <source>add KIND, edit NAME, list, or remove NAME.</source>
        <translation>add TYPE, edit NOM, list ou remove NOM.</translation>
    </message>
    <message>
        <source>Adds, edits, lists or removes where Veille listens.</source>
        <translation>Ajoute, modifie, liste ou retire les lieux d’écoute de Veille.</translation>
    </message>
    <message>
        <source>changed source %1</source>
        <translation>source %1 modifiée</translation>
    </message>
    <message>
        <source>expected: source add KIND --name NAME [--url URL] [--query Q] [--account NAME] [--interval S] | source edit NAME [options] | source list | source remove NAME</source>
        <translation>attendu : source add TYPE --name NOM [--url URL] [--query Q] [--account NOM] [--interval S] | source edit NOM [options] | source list | source remove NOM</translation>
    </message>
    <message>
        <source>score the sentiment of texts, one per line</source>
        <translation>évaluer le sentiment de textes, un par ligne</translation>
    </message>
    <message>
        <source>The language of the texts: auto (default), fr or en.</source>
        <translation>La langue des textes : auto (par défaut), fr ou en.</translation>
    </message>
    <message>
        <source>Add a fourth column: the words and rules that weighed.</source>
        <translation>Ajouter une quatrième colonne : les mots et les règles qui ont compté.</translation>
    </message>
    <message>
        <source>Reads one text per line on standard input and prints label, score and language for each, tab-separated.</source>
        <translation>Lit un texte par ligne sur l’entrée standard et affiche pour chacun l’étiquette, le score et la langue, séparés par des tabulations.</translation>
    </message>
    <message>
        <source>--lang takes auto, fr or en</source>
        <translation>--lang accepte auto, fr ou en</translation>
    </message>
    <message>
        <source>print the KPIs of a period as JSON</source>
        <translation>afficher les indicateurs d’une période en JSON</translation>
    </message>
    <message>
        <source>Start of the period (default: 30 days before --until).</source>
        <translation>Début de la période (par défaut : 30 jours avant --until).</translation>
    </message>
    <message>
        <source>End of the period, excluded (default: now).</source>
        <translation>Fin de la période, exclue (par défaut : maintenant).</translation>
    </message>
    <message>
        <source>Only this topic&apos;s mentions.</source>
        <translation>Seulement les mentions de ce sujet.</translation>
    </message>
    <message>
        <source>Prints the period&apos;s KPIs as one JSON object, with the same figures for the period before it under &quot;previous&quot;.</source>
        <translation>Affiche les indicateurs de la période en un objet JSON, avec les mêmes chiffres pour la période précédente sous &quot;previous&quot;.</translation>
    </message>
    <message>
        <source>--since must come before --until</source>
        <translation>--since doit précéder --until</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation>alerte : %1</translation>
    </message>
    <message>
        <source>add, list, remove or import sentiment terms</source>
        <translation>ajouter, lister, retirer ou importer des termes de sentiment</translation>
    </message>
    <message>
        <source>The workspace&apos;s own sentiment terms (scores from -5 to 5), layered over the built-in lexicons when mentions are scored.</source>
        <translation>Les termes de sentiment propres à l’espace de travail (scores de -5 à 5), ajoutés aux lexiques intégrés quand les mentions sont évaluées.</translation>
    </message>
    <message>
        <source>the score is a number from -5 to 5</source>
        <translation>le score est un nombre de -5 à 5</translation>
    </message>
    <message>
        <source>term &quot;%1&quot; scores %2</source>
        <translation>le terme « %1 » vaut %2</translation>
    </message>
    <message>
        <source>there is no term &quot;%1&quot;</source>
        <translation>il n’y a pas de terme « %1 »</translation>
    </message>
    <message>
        <source>write the management report of a period as a PDF</source>
        <translation>écrire en PDF le rapport de direction d’une période</translation>
    </message>
    <message>
        <source>Report on this topic (default: the brand).</source>
        <translation>Rapport sur ce sujet (par défaut : la marque).</translation>
    </message>
    <message>
        <source>fr or en (default: the interface&apos;s language).</source>
        <translation>fr ou en (par défaut : la langue de l’interface).</translation>
    </message>
    <message>
        <source>a4 or letter (default: by locale).</source>
        <translation>a4 ou letter (par défaut : selon les paramètres régionaux).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Writes the management report of a period as a PDF, the same as the app&apos;s File › Export report. The organisation&apos;s name, logo and colour come from the preferences.</source>
        <translation>Écrit en PDF le rapport de direction d’une période, le même que Fichier › Exporter le rapport dans l’application. Le nom, le logo et la couleur de l’organisation viennent des préférences.</translation>
    </message>
    <message>
        <source>-o FILE.pdf is required</source>
        <translation>-o FICHIER.pdf est obligatoire</translation>
    </message>
    <message>
        <source>--lang must be fr or en, not &apos;%1&apos;</source>
        <translation>--lang doit valoir fr ou en, pas « %1 »</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not &apos;%1&apos;</source>
        <translation>--paper doit valoir a4 ou letter, pas « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 écrit (%n page)</numerusform>
            <numerusform>%1 écrit (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this segment: enthusiast, show_off, timid, indifferent, blase; or ambassador, detractor, suspicious; or none.</source>
        <translation>Seulement ce segment : enthusiast, show_off, timid, indifferent, blase ; ou ambassador, detractor, suspicious ; ou none.</translation>
    </message>
    <message>
        <source>Only this network.</source>
        <translation>Seulement ce réseau.</translation>
    </message>
    <message>
        <source>Only authors who talked about this topic.</source>
        <translation>Seulement les auteurs qui ont parlé de ce sujet.</translation>
    </message>
    <message>
        <source>At most N authors (default 100; 0 = all).</source>
        <translation>Au plus N auteurs (100 par défaut ; 0 = tous).</translation>
    </message>
    <message>
        <source>Decide every author&apos;s segment again first (what time alone changes, or after new thresholds).</source>
        <translation>Redécider d’abord le segment de chaque auteur (ce que le temps seul change, ou après de nouveaux seuils).</translation>
    </message>
    <message>
        <source>Lists the community roster, most active first, with each author&apos;s segment and why.</source>
        <translation>Liste la communauté, les plus actifs d’abord, avec le segment de chaque auteur et pourquoi.</translation>
    </message>
    <message>
        <source>unknown segment &apos;%1&apos;; one of: %2</source>
        <translation>segment « %1 » inconnu ; au choix : %2</translation>
    </message>
    <message>
        <source>list the community roster with its segments</source>
        <translation>lister la communauté et ses segments</translation>
    </message>
    <message>
        <source>account add mastodon needs --instance URL</source>
        <translation>account add mastodon demande --instance URL</translation>
    </message>
    <message>
        <source>account add bluesky needs --handle H</source>
        <translation>account add bluesky demande --handle H</translation>
    </message>
    <message>
        <source>the server&apos;s address must be an http or https URL</source>
        <translation>l’adresse du serveur doit être une URL http ou https</translation>
    </message>
    <message>
        <source>Access token: </source>
        <translation>Jeton d’accès : </translation>
    </message>
    <message>
        <source>App password: </source>
        <translation>Mot de passe d’application : </translation>
    </message>
    <message>
        <source>no access token on stdin</source>
        <translation>aucun jeton d’accès sur l’entrée standard</translation>
    </message>
    <message>
        <source>no app password on stdin</source>
        <translation>aucun mot de passe d’application sur l’entrée standard</translation>
    </message>
    <message>
        <source>the secret was not kept, so the account was not added: %1</source>
        <translation>le secret n’a pas été conservé, le compte n’a donc pas été ajouté : %1</translation>
    </message>
    <message>
        <source>added %1 (%2); its secret is in the keychain</source>
        <translation>%1 ajouté (%2) ; son secret est dans le trousseau</translation>
    </message>
    <message>
        <source>there is no account named &quot;%1&quot;</source>
        <translation>il n’y a pas de compte nommé « %1 »</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 retiré</translation>
    </message>
    <message>
        <source>add mastodon|bluesky, list, or remove NAME.</source>
        <translation>add mastodon|bluesky, list, ou remove NOM.</translation>
    </message>
    <message>
        <source>Mastodon: the instance&apos;s address.</source>
        <translation>Mastodon : l’adresse de l’instance.</translation>
    </message>
    <message>
        <source>Mastodon: read an access token from stdin.</source>
        <translation>Mastodon : lire un jeton d’accès sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Bluesky: the handle.</source>
        <translation>Bluesky : l’identifiant.</translation>
    </message>
    <message>
        <source>Bluesky: the PDS (default https://bsky.social).</source>
        <translation>Bluesky : le PDS (https://bsky.social par défaut).</translation>
    </message>
    <message>
        <source>Publishing accounts. Secrets (tokens, app passwords) go to the OS keychain only; the app password is read from stdin.</source>
        <translation>Comptes de publication. Les secrets (jetons, mots de passe d’application) vont dans le trousseau du système seulement ; le mot de passe d’application est lu sur l’entrée standard.</translation>
    </message>
    <message>
        <source>expected: account add mastodon --instance URL --token-stdin, account add bluesky --handle H, account list, or account remove NAME</source>
        <translation>attendu : account add mastodon --instance URL --token-stdin, account add bluesky --handle H, account list, ou account remove NOM</translation>
    </message>
    <message>
        <source>add, list or remove publishing accounts</source>
        <translation>ajouter, lister ou retirer des comptes de publication</translation>
    </message>
    <message>
        <source>schedule, list or cancel posts</source>
        <translation>programmer, lister ou annuler des publications</translation>
    </message>
    <message>
        <source>post %1 sent: %2</source>
        <translation>publication %1 envoyée : %2</translation>
    </message>
    <message>
        <source>post %1 failed: %2</source>
        <translation>publication %1 en échec : %2</translation>
    </message>
    <message>
        <source>post schedule needs --%1</source>
        <translation>post schedule demande --%1</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>fuseau horaire « %1 » inconnu</translation>
    </message>
    <message>
        <source>--at is in the past (%1)</source>
        <translation>--at est dans le passé (%1)</translation>
    </message>
    <message>
        <source>--text is empty</source>
        <translation>--text est vide</translation>
    </message>
    <message>
        <source>scheduled post %1 for %2 (%3)</source>
        <translation>publication %1 programmée pour %2 (%3)</translation>
    </message>
    <message>
        <source>post cancel takes a post&apos;s number, not &apos;%1&apos;</source>
        <translation>post cancel attend le numéro d’une publication, pas « %1 »</translation>
    </message>
    <message>
        <source>cancelled post %1</source>
        <translation>publication %1 annulée</translation>
    </message>
    <message>
        <source>schedule, list or cancel.</source>
        <translation>schedule, list ou cancel.</translation>
    </message>
    <message>
        <source>The publishing account (see veille account list).</source>
        <translation>Le compte de publication (voir veille account list).</translation>
    </message>
    <message>
        <source>What to publish.</source>
        <translation>Ce qu’il faut publier.</translation>
    </message>
    <message>
        <source>The time zone the post is planned in (default: this computer&apos;s).</source>
        <translation>Le fuseau horaire de la publication (par défaut : celui de cet ordinateur).</translation>
    </message>
    <message>
        <source>list: jsonl or csv (default: a line a post).</source>
        <translation>list : jsonl ou csv (par défaut : une ligne par publication).</translation>
    </message>
    <message>
        <source>The publishing queue: schedule a post, list the queue, cancel a post. `veille collect` sends what is due.</source>
        <translation>La file de publication : programmer une publication, lister la file, annuler une publication. `veille collect` envoie ce qui est dû.</translation>
    </message>
    <message>
        <source>expected: post schedule --account NAME --at DATE --text TEXT, post list, or post cancel ID</source>
        <translation>attendu : post schedule --account NOM --at DATE --text TEXTE, post list, ou post cancel ID</translation>
    </message>
    <message>
        <source>When to publish (ISO 8601; without an offset, the time in --zone).</source>
        <translation>Quand publier (ISO 8601 ; sans décalage, l’heure dans --zone).</translation>
    </message>
    <message>
        <source>schedule: the id of the mention the post answers (as veille mentions prints it).</source>
        <translation>schedule : l’id de la mention à laquelle la publication répond (tel que veille mentions l’affiche).</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer and approve Veille (waiting up to 10 minutes):</source>
        <translation>Ouvrez cette adresse dans un navigateur de cet ordinateur et autorisez Veille (attente de 10 minutes au plus) :</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>Send posts that came due while nothing ran up to this many minutes late (default 15); older ones are marked missed.</source>
        <translation>Envoyer les publications arrivées à échéance pendant que rien ne tournait jusqu&apos;à ce nombre de minutes de retard (15 par défaut) ; les plus anciennes sont marquées manquées.</translation>
    </message>
    <message>
        <source>--grace takes a number of minutes, 0 or more</source>
        <translation>--grace prend un nombre de minutes, 0 ou plus</translation>
    </message>
    <message>
        <source>add TERM SCORE, remove TERM, list, import FILE|-, or rescore (every stored mention scored again with the terms and corrections as they are now).</source>
        <translation>add TERME NOTE, remove TERME, list, import FICHIER|-, ou rescore (chaque mention enregistrée notée à nouveau avec les termes et corrections tels qu&apos;ils sont maintenant).</translation>
    </message>
    <message>
        <source>rescored %1 mentions, %2 changed</source>
        <translation>rescored %1 mentions, %2 changed</translation>
    </message>
    <message>
        <source>rescore: %1 s</source>
        <translation>nouvelle notation : %1 s</translation>
    </message>
    <message>
        <source>expected: lexicon add TERM SCORE | lexicon remove TERM | lexicon list | lexicon import FILE|- | lexicon rescore</source>
        <translation>attendu : lexicon add TERME NOTE | lexicon remove TERME | lexicon list | lexicon import FICHIER|- | lexicon rescore</translation>
    </message>
    <message>
        <source>import: %1 lines read, %2 stored; completing the indexes and the roster</source>
        <translation>import : %1 lignes lues, %2 enregistrées ; achèvement des index et des chiffres de la communauté</translation>
    </message>
    <message>
        <source>expected term&lt;TAB&gt;score (-5 to 5), a term of up to four words</source>
        <translation>attendu : terme&lt;TAB&gt;score (de -5 à 5), un terme de quatre mots au plus</translation>
    </message>
    <message>
        <source>The topic&apos;s name is a name: its words weigh nothing in sentiment (a term at 0 in the workspace&apos;s vocabulary).</source>
        <translation>Le nom du sujet est un nom : ses mots ne pèsent rien dans le sentiment (un terme à 0 dans le vocabulaire de l&apos;espace de travail).</translation>
    </message>
    <message>
        <source>--neutral-name takes a name of up to four words</source>
        <translation>--neutral-name accepte un nom de quatre mots au plus</translation>
    </message>
    <message>
        <source>the words of &quot;%1&quot; weigh nothing in sentiment from now on; `veille lexicon rescore` reads the stored mentions again</source>
        <translation>les mots de « %1 » ne pèsent plus rien dans le sentiment ; `veille lexicon rescore` relit les mentions enregistrées</translation>
    </message>
    <message>
        <source>expected: topic add NAME --query Q [--competitor] [--neutral-name] | topic list | topic remove NAME</source>
        <translation>attendu : topic add NOM --query Q [--competitor] [--neutral-name] | topic list | topic remove NOM</translation>
    </message>
    <message>
        <source>note: as words, &quot;%1&quot; reads as praise (%2): mentions naming it in lower case lean positive; --neutral-name reads it as a name</source>
        <translation>remarque : lu comme des mots, « %1 » fait l&apos;éloge (%2) : les mentions qui le nomment en minuscules penchent vers le positif ; --neutral-name le lit comme un nom</translation>
    </message>
    <message>
        <source>note: as words, &quot;%1&quot; reads as criticism (%2): mentions naming it in lower case lean negative; --neutral-name reads it as a name</source>
        <translation>remarque : lu comme des mots, « %1 » critique (%2) : les mentions qui le nomment en minuscules penchent vers le négatif ; --neutral-name le lit comme un nom</translation>
    </message>
</context>
<context>
    <name>CommunityDock</name>
    <message>
        <source>no author “%1” here</source>
        <translation>aucun auteur « %1 » ici</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Feed</name>
    <message numerus="yes">
        <source>%n unescaped &apos;&amp;&apos; or unknown entities read as text</source>
        <translation>
            <numerusform>%n « &amp; » non échappé ou entité inconnue lu comme du texte</numerusform>
            <numerusform>%n « &amp; » non échappés ou entités inconnues lus comme du texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n HTML entities that XML does not define were read</source>
        <translation>
            <numerusform>%n entité HTML que XML ne définit pas a été lue</numerusform>
            <numerusform>%n entités HTML que XML ne définit pas ont été lues</numerusform>
        </translation>
    </message>
    <message>
        <source>the gzip-compressed data is damaged</source>
        <translation>les données compressées (gzip) sont endommagées</translation>
    </message>
    <message>
        <source>the gzip-compressed data ends early</source>
        <translation>les données compressées (gzip) s&apos;arrêtent trop tôt</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; read as UTF-8</source>
        <translation>encodage inconnu « %1 » ; lu comme UTF-8</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; read as windows-1252</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-8 valide ; lu comme windows-1252</translation>
    </message>
    <message>
        <source>no XML element found: this is not a feed</source>
        <translation>aucun élément XML : ce n&apos;est pas un flux</translation>
    </message>
    <message>
        <source>this is a web page (HTML), not a feed</source>
        <translation>c&apos;est une page web (HTML), pas un flux</translation>
    </message>
    <message>
        <source>not a feed: the document starts with &lt;%1&gt;</source>
        <translation>ce n&apos;est pas un flux : le document commence par &lt;%1&gt;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>the feed is ill-formed (%1); %n item(s) read before it</source>
        <translation>
            <numerusform>le flux est mal formé (%1) ; %n article lu avant</numerusform>
            <numerusform>le flux est mal formé (%1) ; %n articles lus avant</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: unreadable date &quot;%2&quot;</source>
        <translation>ligne %1 : date illisible « %2 »</translation>
    </message>
    <message>
        <source>line %1: an empty item was skipped</source>
        <translation>ligne %1 : un article vide a été ignoré</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>nothing could be decoded</source>
        <translation>rien n&apos;a pu être décodé</translation>
    </message>
    <message>
        <source>an ampersand starts no entity</source>
        <translation>une esperluette n’ouvre aucune entité</translation>
    </message>
    <message>
        <source>invalid character reference</source>
        <translation>référence de caractère invalide</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; is not declared</source>
        <translation>l’entité « %1 » n’est pas déclarée</translation>
    </message>
    <message>
        <source>unexpected character in a tag</source>
        <translation>caractère inattendu dans une balise</translation>
    </message>
    <message>
        <source>an attribute has no value</source>
        <translation>un attribut n’a pas de valeur</translation>
    </message>
    <message>
        <source>an attribute value is not quoted</source>
        <translation>la valeur d’un attribut n’est pas entre guillemets</translation>
    </message>
    <message>
        <source>opening and ending tag mismatch</source>
        <translation>balises ouvrante et fermante différentes</translation>
    </message>
    <message>
        <source>premature end of document</source>
        <translation>fin prématurée du document</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Web &amp; feeds</source>
        <translation>Web et flux</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribué à %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Récupération…</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>Waiting (rate limit)</source>
        <translation>En attente (limite de débit)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Pas encore interrogée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln like(s)</source>
        <translation>
            <numerusform>%Ln j’aime</numerusform>
            <numerusform>%Ln j’aime</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repost(s)</source>
        <translation>
            <numerusform>%Ln partage</numerusform>
            <numerusform>%Ln partages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(ies)</source>
        <translation>
            <numerusform>%Ln réponse</numerusform>
            <numerusform>%Ln réponses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListeningQuery</name>
    <message>
        <source>this quotation mark is never closed</source>
        <translation>ce guillemet n’est jamais fermé</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>la requête est vide</translation>
    </message>
    <message>
        <source>this parenthesis closes nothing</source>
        <translation>cette parenthèse ne ferme rien</translation>
    </message>
    <message>
        <source>unexpected text here</source>
        <translation>texte inattendu ici</translation>
    </message>
    <message>
        <source>this parenthesis is never closed</source>
        <translation>cette parenthèse n’est jamais fermée</translation>
    </message>
    <message>
        <source>these quotation marks hold no word</source>
        <translation>ces guillemets ne contiennent aucun mot</translation>
    </message>
    <message>
        <source>a word is missing at the end</source>
        <translation>il manque un mot à la fin</translation>
    </message>
    <message>
        <source>a word is missing before this parenthesis</source>
        <translation>il manque un mot avant cette parenthèse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a word on each side</source>
        <translation>« %1 » demande un mot de chaque côté</translation>
    </message>
    <message>
        <source>%1: needs a value, e.g. %2</source>
        <translation>%1: demande une valeur, par exemple %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no word to look for</source>
        <translation>« %1 » ne contient aucun mot à chercher</translation>
    </message>
    <message>
        <source>at character %1: %2</source>
        <translation>au caractère %1 : %2</translation>
    </message>
</context>
<context>
    <name>MentionJson</name>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>JSON invalide (%1 au caractère %2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>un objet JSON est attendu</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be &quot;network:nativeId&quot;</source>
        <translation>« id » doit être de la forme « réseau:identifiant »</translation>
    </message>
    <message>
        <source>&quot;text&quot; is missing or not a string</source>
        <translation>« text » manque ou n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>&quot;created_at&quot; is missing or not an ISO 8601 date</source>
        <translation>« created_at » manque ou n&apos;est pas une date ISO 8601</translation>
    </message>
    <message>
        <source>&quot;author&quot; is missing or not an object</source>
        <translation>« author » manque ou n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>&quot;author.id&quot; is missing</source>
        <translation>« author.id » manque</translation>
    </message>
    <message>
        <source>&quot;sentiment.label&quot; must be positive, negative or neutral</source>
        <translation>« sentiment.label » doit valoir positive, negative ou neutral</translation>
    </message>
    <message>
        <source>&quot;sentiment&quot; must be an object</source>
        <translation>« sentiment » doit être un objet</translation>
    </message>
    <message>
        <source>&quot;status&quot; must be new, read, assigned or resolved</source>
        <translation>« status » doit valoir new, read, assigned ou resolved</translation>
    </message>
</context>
<context>
    <name>MentionsDock</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>PostsDock</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>the account&apos;s secret cannot be read: %1</source>
        <translation>le secret du compte ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>the post to answer (%1) cannot be found from the account&apos;s instance</source>
        <translation>la publication à laquelle répondre (%1) est introuvable depuis l’instance du compte</translation>
    </message>
    <message>
        <source>the post to answer (%1) no longer exists</source>
        <translation>la publication à laquelle répondre (%1) n’existe plus</translation>
    </message>
    <message>
        <source>the image %1 cannot be read: %2</source>
        <translation>l&apos;image %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>the image %1 is %2 kB; the network takes at most %3 kB</source>
        <translation>l&apos;image %1 fait %2 ko ; le réseau accepte au plus %3 ko</translation>
    </message>
    <message>
        <source>the Bluesky session expired; renewing it</source>
        <translation>la session Bluesky a expiré ; renouvellement</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Social listening report</source>
        <translation>Rapport de veille sociale</translation>
    </message>
    <message>
        <source>Every conversation</source>
        <translation>Toutes les conversations</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <translation>Édité le %1</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>Comparé à : %1</translation>
    </message>
    <message>
        <source>Made with Veille from the team&apos;s own listening workspace.</source>
        <translation>Réalisé avec Veille à partir de l’espace de veille de l’équipe.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>new this period</source>
        <translation>nouveau sur la période</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>en hausse de %1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>en baisse de %1</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Nothing was said about %1 and nothing was published between %2 and %3: there is nothing to report for this period. If that is unexpected, check the sources in Listening › Sources.</source>
        <translation>Rien n’a été dit sur %1 et rien n’a été publié entre le %2 et le %3 : il n’y a rien à rapporter pour cette période. Si c’est inattendu, vérifiez les sources dans Écoute › Sources.</translation>
    </message>
    <message>
        <source>From %1 to %2, %3 mentions of %4 were collected on %5 networks. This report compares them with the %6 days before and, where one was saved, with the baseline.</source>
        <translation>Du %1 au %2, %3 mentions de %4 ont été collectées sur %5 réseaux. Ce rapport les compare aux %6 jours précédents et, quand elle existe, à la référence.</translation>
    </message>
    <message>
        <source>%1 vs previous period</source>
        <translation>%1 par rapport à la période précédente</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>No baseline</source>
        <translation>Pas de référence</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Net sentiment</source>
        <translation>Sentiment net</translation>
    </message>
    <message>
        <source>Share of voice</source>
        <translation>Part de voix</translation>
    </message>
    <message numerus="yes">
        <source>%n pt(s)</source>
        <translation>
            <numerusform>%n pt</numerusform>
            <numerusform>%n pts</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems resolved</source>
        <translation>Problèmes résolus</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Première réponse (médiane)</translation>
    </message>
    <message>
        <source>Suggestions received</source>
        <translation>Suggestions reçues</translation>
    </message>
    <message>
        <source>Active community</source>
        <translation>Communauté active</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Posts published</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>%1 interactions</source>
        <translation>%1 interactions</translation>
    </message>
    <message>
        <source>Conversations: %1 mentions, %2 compared with the previous period (%3).</source>
        <translation>Conversations : %1 mentions, %2 par rapport à la période précédente (%3).</translation>
    </message>
    <message>
        <source>That is %1 mentions a day against %2 a day in the baseline “%3” (%4).</source>
        <translation>Soit %1 mentions par jour contre %2 par jour dans la référence « %3 » (%4).</translation>
    </message>
    <message>
        <source>Net sentiment: %1, from %2 positive and %3 negative mentions.</source>
        <translation>Sentiment net : %1, sur %2 mentions positives et %3 négatives.</translation>
    </message>
    <message>
        <source>It improved from %1 in the previous period.</source>
        <translation>Il s’améliore par rapport à %1 sur la période précédente.</translation>
    </message>
    <message>
        <source>It worsened from %1 in the previous period.</source>
        <translation>Il se dégrade par rapport à %1 sur la période précédente.</translation>
    </message>
    <message>
        <source>It held steady (%1 in the previous period).</source>
        <translation>Il est stable (%1 sur la période précédente).</translation>
    </message>
    <message>
        <source>The baseline stood at %1.</source>
        <translation>La référence était de %1.</translation>
    </message>
    <message>
        <source>Net sentiment: no positive or negative mention in the period to measure it from.</source>
        <translation>Sentiment net : aucune mention positive ou négative sur la période pour le mesurer.</translation>
    </message>
    <message>
        <source>Share of voice: %1 holds %2 of the conversation against %3 (%4 in the previous period).</source>
        <translation>Part de voix : %1 représente %2 de la conversation face à %3 (%4 sur la période précédente).</translation>
    </message>
    <message>
        <source>no competitor</source>
        <translation>aucun concurrent</translation>
    </message>
    <message>
        <source>Customer care: %1 mentions resolved and %2 answered; the median first response came after %3 (%4 in the previous period).</source>
        <translation>Service client : %1 mentions résolues et %2 avec réponse ; la première réponse est arrivée en %3 en médiane (%4 sur la période précédente).</translation>
    </message>
    <message>
        <source>Customer care: %1 mentions resolved; none was answered by the brand&apos;s accounts.</source>
        <translation>Service client : %1 mentions résolues ; aucune réponse des comptes de la marque.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s) received (%1 in the previous period).</source>
        <translation>
            <numerusform>%Ln suggestion reçue (%1 sur la période précédente).</numerusform>
            <numerusform>%Ln suggestions reçues (%1 sur la période précédente).</numerusform>
        </translation>
    </message>
    <message>
        <source>Community: %1 people took part, %2 of them for the first time (%3 and %4 in the previous period).</source>
        <translation>Communauté : %1 personnes ont pris part, dont %2 pour la première fois (%3 et %4 sur la période précédente).</translation>
    </message>
    <message numerus="yes">
        <source>Publishing: %Ln post(s) published, drawing %1 likes, %2 reposts and %3 replies (%4 interactions in the previous period).</source>
        <translation>
            <numerusform>Publication : %Ln publication, avec %1 j’aime, %2 partages et %3 réponses (%4 interactions sur la période précédente).</numerusform>
            <numerusform>Publication : %Ln publications, avec %1 j’aime, %2 partages et %3 réponses (%4 interactions sur la période précédente).</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations and sentiment</source>
        <translation>Conversations et sentiment</translation>
    </message>
    <message>
        <source>Networks: %1.</source>
        <translation>Réseaux : %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Languages: %1.</source>
        <translation>Langues : %1.</translation>
    </message>
    <message>
        <source>Most used words: %1.</source>
        <translation>Mots les plus employés : %1.</translation>
    </message>
    <message>
        <source>Hashtags: %1.</source>
        <translation>Hashtags : %1.</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>Most engaging positive mentions</source>
        <translation>Mentions positives les plus engageantes</translation>
    </message>
    <message>
        <source>Most engaging negative mentions</source>
        <translation>Mentions négatives les plus engageantes</translation>
    </message>
    <message>
        <source>Most engaging mentions overall</source>
        <translation>Mentions les plus engageantes</translation>
    </message>
    <message>
        <source>None in the period.</source>
        <translation>Aucune sur la période.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>%1 people spoke about %2 in the period (%3 in the previous period); %4 of them for the first time.</source>
        <translation>%1 personnes ont parlé de %2 sur la période (%3 sur la période précédente), dont %4 pour la première fois.</translation>
    </message>
    <message>
        <source>Segments: %1.</source>
        <translation>Segments : %1.</translation>
    </message>
    <message>
        <source>Ambassadors of the period</source>
        <translation>Ambassadeurs de la période</translation>
    </message>
    <message>
        <source>Mostly positive authors with a large audience or mentions that carried, by influence.</source>
        <translation>Auteurs surtout positifs, à forte audience ou dont les mentions ont porté, par influence.</translation>
    </message>
    <message>
        <source>No influential author was mostly positive in the period.</source>
        <translation>Aucun auteur influent n’a été surtout positif sur la période.</translation>
    </message>
    <message>
        <source>Detractors of the period</source>
        <translation>Détracteurs de la période</translation>
    </message>
    <message>
        <source>No influential author was mostly negative in the period.</source>
        <translation>Aucun auteur influent n’a été surtout négatif sur la période.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>No alert was raised in the period.</source>
        <translation>Aucune alerte sur la période.</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Levée le</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Avec réponse</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Prise en compte</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) published in the period (%1 in the previous period), with %2 likes, %3 reposts and %4 replies.</source>
        <translation>
            <numerusform>%Ln publication sur la période (%1 sur la période précédente), avec %2 j’aime, %3 partages et %4 réponses.</numerusform>
            <numerusform>%Ln publications sur la période (%1 sur la période précédente), avec %2 j’aime, %3 partages et %4 réponses.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed and %2 missed their time (see the Posts panel).</source>
        <translation>%1 en échec et %2 manquées (voir le panneau Publications).</translation>
    </message>
    <message>
        <source>The post that engaged most</source>
        <translation>La publication la plus engageante</translation>
    </message>
    <message>
        <source>Baseline: %1 a day</source>
        <translation>Référence : %1 par jour</translation>
    </message>
    <message>
        <source>Mentions per day by sentiment</source>
        <translation>Mentions par jour selon le sentiment</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>A report needs a period that ends after it starts.</source>
        <translation>Un rapport demande une période qui finit après avoir commencé.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s) raised in the period, %1 acknowledged by the team. For each, the mentions behind it and how many were answered and resolved since.</source>
        <translation>
            <numerusform>%Ln alerte levée sur la période, %1 prise en compte par l’équipe. Pour chacune, les mentions qui l’ont causée, et combien ont reçu une réponse ou ont été résolues depuis.</numerusform>
            <numerusform>%Ln alertes levées sur la période, %1 prises en compte par l’équipe. Pour chacune, les mentions qui l’ont causée, et combien ont reçu une réponse ou ont été résolues depuis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rescorer</name>
    <message>
        <source>rescoring was cancelled</source>
        <translation>la nouvelle notation a été annulée</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>No author %1 in this workspace.</source>
        <translation>Aucun auteur %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Linking needs at least two identities and a name.</source>
        <translation>Relier demande au moins deux identités et un nom.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Enthusiasts</source>
        <translation>Enthousiastes</translation>
    </message>
    <message>
        <source>Show-offs</source>
        <translation>Frimeurs</translation>
    </message>
    <message>
        <source>Timid</source>
        <translation>Timides</translation>
    </message>
    <message>
        <source>Indifferent</source>
        <translation>Indifférents</translation>
    </message>
    <message>
        <source>Blasé</source>
        <translation>Blasés</translation>
    </message>
    <message>
        <source>Not enough to say</source>
        <translation>Trop peu pour le dire</translation>
    </message>
    <message>
        <source>followers multiplied by %1 between two observations</source>
        <translation>abonnés multipliés par %1 entre deux observations</translation>
    </message>
    <message>
        <source>%1 followers but %2 interactions a mention</source>
        <translation>%1 abonnés mais %2 interactions par mention</translation>
    </message>
    <message>
        <source>follows %1 accounts for %2 followers</source>
        <translation>suit %1 comptes pour %2 abonnés</translation>
    </message>
    <message>
        <source>%1 mentions before, sentiment %2; in the last %3 days %4 mentions, sentiment %5</source>
        <translation>%1 mentions avant, sentiment %2 ; sur les %3 derniers jours %4 mentions, sentiment %5</translation>
    </message>
    <message>
        <source>%1 mentions before, sentiment %2; only %3 in the last %4 days</source>
        <translation>%1 mentions avant, sentiment %2 ; seulement %3 sur les %4 derniers jours</translation>
    </message>
    <message>
        <source>%1 followers, %2 interactions a mention (%3 per thousand followers)</source>
        <translation>%1 abonnés, %2 interactions par mention (%3 pour mille abonnés)</translation>
    </message>
    <message>
        <source>%1 mentions in %2 days, %3 positive</source>
        <translation>%1 mentions en %2 jours, %3 positives</translation>
    </message>
    <message numerus="yes">
        <source>, among the first on %n topic(s)</source>
        <translation>
            <numerusform>, parmi les premiers sur %n sujet</numerusform>
            <numerusform>, parmi les premiers sur %n sujets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mentions, %2 of them questions or replies, %3 followers</source>
        <translation>%1 mentions, dont %2 questions ou réponses, %3 abonnés</translation>
    </message>
    <message>
        <source>%1 mentions over %2 topics, sentiment %3</source>
        <translation>%1 mentions sur %2 sujets, sentiment %3</translation>
    </message>
    <message>
        <source>a single mention so far</source>
        <translation>une seule mention pour l’instant</translation>
    </message>
    <message>
        <source>no clear pattern yet</source>
        <translation>pas encore de tendance nette</translation>
    </message>
</context>
<context>
    <name>SentimentDock</name>
    <message>
        <source>Net sentiment</source>
        <translation>Sentiment net</translation>
    </message>
    <message>
        <source>Baseline: %1 a day</source>
        <translation>Référence : %1 par jour</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
</context>
<context>
    <name>SentimentScorer</name>
    <message>
        <source>capitals</source>
        <translation>majuscules</translation>
    </message>
    <message>
        <source>stretched</source>
        <translation>lettres répétées</translation>
    </message>
    <message>
        <source>negated by %1</source>
        <translation>niée par %1</translation>
    </message>
    <message>
        <source>×0.5 before contrast</source>
        <translation>×0,5 avant l’opposition</translation>
    </message>
    <message>
        <source>×1.5 after contrast</source>
        <translation>×1,5 après l’opposition</translation>
    </message>
    <message>
        <source>reversed by %1-</source>
        <translation>inversé par %1-</translation>
    </message>
    <message>
        <source>irony beside a complaint</source>
        <translation>ironie à côté d’une plainte</translation>
    </message>
    <message>
        <source>emphasised by %1</source>
        <translation>renforcé par %1</translation>
    </message>
    <message>
        <source>laughter beside a complaint</source>
        <translation>rire à côté d’une plainte</translation>
    </message>
    <message>
        <source>said of the past</source>
        <translation>dit du passé</translation>
    </message>
    <message>
        <source>×0.5 conceded</source>
        <translation>×0,5 concédé</translation>
    </message>
    <message>
        <source>a long wait</source>
        <translation>une longue attente</translation>
    </message>
</context>
<context>
    <name>SpikeDetector</name>
    <message>
        <source>Spike in volume: %1 mentions in %2 h, usually %3</source>
        <translation>Pic de volume : %1 mentions en %2 h, %3 d’habitude</translation>
    </message>
    <message>
        <source>Negative share at %1 % over %2 h, usually %3 %</source>
        <translation>Part négative à %1 % sur %2 h, %3 % d’habitude</translation>
    </message>
    <message numerus="yes">
        <source>Risk words in %n mention(s): %1</source>
        <translation>
            <numerusform>Mots à risque dans %n mention : %1</numerusform>
            <numerusform>Mots à risque dans %n mentions : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negative mention(s) from accounts with over %1 followers</source>
        <translation>
            <numerusform>%n mention négative de comptes de plus de %1 abonnés</numerusform>
            <numerusform>%n mentions négatives de comptes de plus de %1 abonnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicMatcher</name>
    <message>
        <source>topic &quot;%1&quot;: %2</source>
        <translation>sujet « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>VocabularyWindow</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>%1 already holds %n mention(s); the demo only fills a new workspace.</source>
        <translation>
            <numerusform>%1 contient déjà %n mention ; la démo ne remplit qu&apos;un nouvel espace de travail.</numerusform>
            <numerusform>%1 contient déjà %n mentions ; la démo ne remplit qu&apos;un nouvel espace de travail.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a readable Veille workspace (the file is damaged or is not a database). It was left untouched.</source>
        <translation>%1 n&apos;est pas un espace de travail Veille lisible (le fichier est endommagé ou n&apos;est pas une base de données). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close it and try again.</source>
        <translation>%1 est utilisé par un autre programme. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>%1 cannot be written. Check the permissions of the file and its folder.</source>
        <translation>Impossible d&apos;écrire dans %1. Vérifiez les droits du fichier et de son dossier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Shared PostgreSQL workspaces (%1) are not available in this version yet; use a workspace file.</source>
        <translation>Les espaces de travail partagés PostgreSQL (%1) ne sont pas encore disponibles dans cette version ; utilisez un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Il n&apos;y a pas d&apos;espace de travail à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create a workspace in %1: the folder is not writable.</source>
        <translation>Impossible de créer un espace de travail dans %1 : le dossier n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 est un dossier, pas un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (the database answered &quot;%2&quot;); put the workspace on a local disk.</source>
        <translation>%1 ne peut pas utiliser la journalisation anticipée (la base a répondu « %2 ») ; placez l&apos;espace de travail sur un disque local.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Veille workspace. It was left untouched.</source>
        <translation>%1 est une base de données, mais pas un espace de travail Veille. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not save a copy of the workspace before upgrading it (%1); nothing was changed.</source>
        <translation>Impossible d&apos;enregistrer une copie de l&apos;espace de travail avant sa mise à niveau (%1) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 was created by a newer version of Veille (workspace format %2; this version knows up to %3). Update Veille to open it; the file was left untouched.</source>
        <translation>%1 a été créé par une version plus récente de Veille (format %2 ; cette version connaît jusqu&apos;au format %3). Mettez Veille à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to format %1 (%2) failed: %3. Nothing was changed.</source>
        <translation>La mise à niveau de l&apos;espace de travail au format %1 (%2) a échoué : %3. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>an account named &quot;%1&quot; exists already</source>
        <translation>un compte nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <source>there is no account named &quot;%1&quot;</source>
        <translation>aucun compte ne s&apos;appelle « %1 »</translation>
    </message>
    <message>
        <source>a source named &quot;%1&quot; exists already</source>
        <translation>une source nommée « %1 » existe déjà</translation>
    </message>
    <message>
        <source>a topic named &quot;%1&quot; exists already</source>
        <translation>un sujet nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <source>its time passed while nothing was running to send it</source>
        <translation>son heure est passée alors que rien ne tournait pour l’envoyer</translation>
    </message>
    <message>
        <source>there is no post %1</source>
        <translation>il n’y a pas de publication %1</translation>
    </message>
    <message>
        <source>post %1 is %2 and cannot be cancelled</source>
        <translation>la publication %1 est %2 et ne peut pas être annulée</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n post(s) waiting to be sent; cancel them first</source>
        <translation>
            <numerusform>%1 a %n publication en attente d&apos;envoi ; annulez-la d&apos;abord</numerusform>
            <numerusform>%1 a %n publications en attente d&apos;envoi ; annulez-les d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <source>post %1 is %2 and can no longer be changed</source>
        <translation>la publication %1 est %2 et ne peut plus être modifiée</translation>
    </message>
</context>
<context>
    <name>veille::Collector</name>
    <message>
        <source>could not store what %1 brought: %2</source>
        <translation>impossible d’enregistrer ce qu’a apporté %1 : %2</translation>
    </message>
    <message>
        <source>Veille cannot read sources of kind &quot;%1&quot;</source>
        <translation>Veille ne sait pas lire les sources de type « %1 »</translation>
    </message>
</context>
<context>
    <name>veille::Connector</name>
    <message>
        <source>the query cannot be read: %1</source>
        <translation>la requête est illisible : %1</translation>
    </message>
    <message>
        <source>Bluesky search needs a signed-in account: choose one for this source</source>
        <translation>la recherche Bluesky demande un compte connecté : choisissez-en un pour cette source</translation>
    </message>
    <message>
        <source>no app password for %1: sign in again</source>
        <translation>aucun mot de passe d’application pour %1 : reconnectez-vous</translation>
    </message>
    <message>
        <source>Bluesky did not open a session for %1</source>
        <translation>Bluesky n’a pas ouvert de session pour %1</translation>
    </message>
    <message>
        <source>a post without a date was left out (%1)</source>
        <translation>une publication sans date a été écartée (%1)</translation>
    </message>
    <message>
        <source>%1 refused the request (%2): sign in again or check the account</source>
        <translation>%1 a refusé la requête (%2) : reconnectez-vous ou vérifiez le compte</translation>
    </message>
    <message>
        <source>nothing at %1 (404): check the address</source>
        <translation>rien à l’adresse %1 (404) : vérifiez-la</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid JSON (%2 at byte %3)</source>
        <translation>%1 a envoyé une réponse qui n’est pas du JSON valide (%2 à l’octet %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feed address</source>
        <translation>« %1 » n’est pas une adresse de flux</translation>
    </message>
    <message>
        <source>%1 answered without search results</source>
        <translation>%1 a répondu sans résultats de recherche</translation>
    </message>
    <message>
        <source>reading the account&apos;s mentions needs a signed-in account</source>
        <translation>lire les mentions du compte demande un compte connecté</translation>
    </message>
    <message>
        <source>%1 answered something other than a list of posts</source>
        <translation>%1 a répondu autre chose qu’une liste de publications</translation>
    </message>
    <message>
        <source>%1 answered something other than a listing</source>
        <translation>%1 a répondu autre chose qu’une liste</translation>
    </message>
    <message>
        <source>a YouTube source needs the channel id (UC…) as its query</source>
        <translation>une source YouTube demande l’identifiant de la chaîne (UC…) comme requête</translation>
    </message>
    <message>
        <source>the query has no word to search for on %1</source>
        <translation>la requête ne contient aucun mot à chercher sur %1</translation>
    </message>
</context>
<context>
    <name>veille::HttpClient</name>
    <message>
        <source>%1 asked to wait until %2 before the next request</source>
        <translation>%1 demande d’attendre jusqu’à %2 avant la prochaine requête</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>la réponse dépasse %1 Mo</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>pas de réponse de %1 en %2 s</translation>
    </message>
    <message>
        <source>%1 limits the request rate; next try after %2</source>
        <translation>%1 limite le débit des requêtes ; nouvel essai après %2</translation>
    </message>
    <message>
        <source>%1 limits the request rate</source>
        <translation>%1 limite le débit des requêtes</translation>
    </message>
    <message>
        <source>the answer from %1 was cut short: %2</source>
        <translation>la réponse de %1 a été interrompue : %2</translation>
    </message>
    <message>
        <source>%1 answered %2 %3</source>
        <translation>%1 a répondu %2 %3</translation>
    </message>
</context>
<context>
    <name>veille::SecretStore</name>
    <message>
        <source>no secret is stored for this account</source>
        <translation>aucun secret n’est enregistré pour ce compte</translation>
    </message>
    <message>
        <source>no keychain is available on this computer (%1); the secret can be kept for this session only</source>
        <translation>aucun trousseau n’est disponible sur cet ordinateur (%1) ; le secret peut être gardé pour cette session seulement</translation>
    </message>
    <message>
        <source>the keychain refused access: %1</source>
        <translation>le trousseau a refusé l’accès : %1</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>le trousseau a échoué : %1</translation>
    </message>
</context>
<context>
    <name>veille::ui::AccountsWindow</name>
    <message>
        <source>browser sign-in</source>
        <translation>connexion par le navigateur</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>jeton d&apos;accès</translation>
    </message>
    <message>
        <source>app password</source>
        <translation>mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>demo (no secret)</source>
        <translation>démo (sans secret)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation>&amp;Garder pour cette session seulement</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Publishing accounts</source>
        <translation>Comptes de publication</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Signed in with</source>
        <translation>Connecté par</translation>
    </message>
    <message>
        <source>Post length</source>
        <translation>Longueur des publications</translation>
    </message>
    <message>
        <source>Add a &amp;Mastodon account…</source>
        <translation>Ajouter un compte &amp;Mastodon…</translation>
    </message>
    <message>
        <source>Add a &amp;Bluesky account…</source>
        <translation>Ajouter un compte &amp;Bluesky…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation>mastodon.social</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instance :</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Se connecter avec le &amp;navigateur</translation>
    </message>
    <message>
        <source>made in Preferences › Development on the instance</source>
        <translation>créé dans Préférences › Développement sur l&apos;instance</translation>
    </message>
    <message>
        <source>Add with this &amp;token</source>
        <translation>Ajouter avec ce &amp;jeton</translation>
    </message>
    <message>
        <source>Or an access &amp;token:</source>
        <translation>Ou un &amp;jeton d&apos;accès :</translation>
    </message>
    <message>
        <source>brand.bsky.social</source>
        <translation>marque.bsky.social</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>xxxx-xxxx-xxxx-xxxx</source>
        <translation>xxxx-xxxx-xxxx-xxxx</translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation>Mot de &amp;passe d&apos;application :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Make an app password in Bluesky: Settings › Privacy and security › App passwords. Never use the account&apos;s own password.</source>
        <translation>Créez un mot de passe d&apos;application dans Bluesky : Réglages › Confidentialité et sécurité › Mots de passe d&apos;application. N&apos;utilisez jamais le mot de passe du compte lui-même.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>If the browser did not open, open &lt;a href=&quot;%1&quot;&gt;this address&lt;/a&gt; in it.</source>
        <translation>Si le navigateur ne s&apos;est pas ouvert, ouvrez-y &lt;a href=&quot;%1&quot;&gt;cette adresse&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>Le compte n&apos;a pas été ajouté : %1</translation>
    </message>
    <message>
        <source>The secret cannot go to the keychain: %1. Keep it for this session only (you will sign in again next time), or cancel.</source>
        <translation>Le secret ne peut pas aller dans le trousseau : %1. Gardez-le pour cette session seulement (il faudra vous reconnecter la prochaine fois), ou annulez.</translation>
    </message>
    <message>
        <source>%1 is removed; its access is revoked.</source>
        <translation>%1 est retiré ; son accès est révoqué.</translation>
    </message>
    <message>
        <source>%1 is removed. Note: %2</source>
        <translation>%1 est retiré. Remarque : %2</translation>
    </message>
    <message>
        <source>network default</source>
        <translation>valeur du réseau</translation>
    </message>
    <message>
        <source>Write the instance&apos;s address first, for example mastodon.social.</source>
        <translation>Écrivez d&apos;abord l&apos;adresse de l&apos;instance, par exemple mastodon.social.</translation>
    </message>
    <message>
        <source>Write the instance&apos;s address and paste the access token.</source>
        <translation>Écrivez l&apos;adresse de l&apos;instance et collez le jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Write the handle and the app password.</source>
        <translation>Écrivez l&apos;identifiant et le mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>%1 is added; Veille can publish with it.</source>
        <translation>%1 est ajouté ; Veille peut publier avec.</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <source>Remove %1? Veille will no longer publish with it, and its sent posts leave the queue.</source>
        <translation>Retirer %1 ? Veille ne publiera plus avec, et ses publications envoyées quittent la file.</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>Le compte n&apos;a pas été retiré : %1</translation>
    </message>
</context>
<context>
    <name>veille::ui::AuthorListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Avg. sentiment</source>
        <translation>Sent. moyen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu le</translation>
    </message>
    <message>
        <source>Suspicious audience: %1</source>
        <translation>Audience suspecte : %1</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Détracteur</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
</context>
<context>
    <name>veille::ui::CommunityDock</name>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Their &amp;mentions</source>
        <translation>Ses &amp;mentions</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Étiqueter…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <source>&amp;Link identities…</source>
        <translation>&amp;Relier des identités…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Délier</translation>
    </message>
    <message>
        <source>Mark as &amp;ambassador</source>
        <translation>Marquer &amp;ambassadeur</translation>
    </message>
    <message>
        <source>Search by name or handle…</source>
        <translation>Chercher par nom ou identifiant…</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Détracteurs</translation>
    </message>
    <message>
        <source>Suspicious audience</source>
        <translation>Audience suspecte</translation>
    </message>
    <message>
        <source>No segment yet</source>
        <translation>Pas encore de segment</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les sujets</translation>
    </message>
    <message>
        <source>Any sentiment</source>
        <translation>Tout sentiment</translation>
    </message>
    <message>
        <source>Select a member to see who they are.</source>
        <translation>Sélectionnez un membre pour voir qui il est.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Étiquettes, séparées par des virgules :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A note for the team (never published):</source>
        <translation>Une note pour l’équipe (jamais publiée) :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ambassadors&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ambassadeurs&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Detractors&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Détracteurs&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suspicious&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Suspects&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Members in each segment now; in brackets, the change over the last 30 days</source>
        <translation>Membres de chaque segment aujourd’hui ; entre parenthèses, l’évolution sur 30 jours</translation>
    </message>
    <message>
        <source>%1 followers, follows %2</source>
        <translation>%1 abonnés, suit %2</translation>
    </message>
    <message>
        <source>%1 mentions from %2 to %3 · average sentiment %4 · %5 interactions · estimated reach %6</source>
        <translation>%1 mentions du %2 au %3 · sentiment moyen %4 · %5 interactions · portée estimée %6</translation>
    </message>
    <message>
        <source>Ambassador (marked by the team)</source>
        <translation>Ambassadeur (marqué par l’équipe)</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Détracteur</translation>
    </message>
    <message>
        <source>Suspicious audience: %1</source>
        <translation>Audience suspecte : %1</translation>
    </message>
    <message>
        <source>Sentiment week by week:</source>
        <translation>Sentiment semaine par semaine :</translation>
    </message>
    <message>
        <source>Segment history:</source>
        <translation>Historique des segments :</translation>
    </message>
    <message>
        <source>Member “%1”, also: %2</source>
        <translation>Membre « %1 », aussi : %2</translation>
    </message>
    <message>
        <source>no other identity</source>
        <translation>aucune autre identité</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>Unmark &amp;ambassador</source>
        <translation>Retirer &amp;ambassadeur</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Link identities</source>
        <translation>Relier des identités</translation>
    </message>
    <message>
        <source>The same person&apos;s other accounts (handles or ids, separated by commas):</source>
        <translation>Les autres comptes de la même personne (identifiants, séparés par des virgules) :</translation>
    </message>
    <message>
        <source>The member&apos;s name:</source>
        <translation>Le nom du membre :</translation>
    </message>
    <message>
        <source>Segment &amp;rules…</source>
        <translation>&amp;Règles des segments…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>The selected members, or all those the filters show, to CSV</source>
        <translation>Les membres sélectionnés, ou tous ceux que montrent les filtres, en CSV</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Exporter les membres</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>community.csv</source>
        <translation>communaute.csv</translation>
    </message>
    <message>
        <source>Talks about: %1</source>
        <translation>Parle de : %1</translation>
    </message>
</context>
<context>
    <name>veille::ui::ComposerDialog</name>
    <message>
        <source>shown on request</source>
        <translation>affiché à la demande</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>sans description</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Maintenant</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Programmer</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Enregistrer comme &amp;brouillon</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <source>What do you want to say?</source>
        <translation>Que voulez-vous dire ?</translation>
    </message>
    <message>
        <source>Text for every account</source>
        <translation>Texte pour tous les comptes</translation>
    </message>
    <message>
        <source>optional; the text is hidden behind it</source>
        <translation>facultatif ; le texte est masqué derrière</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Non listé</translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation>Abonnés seulement</translation>
    </message>
    <message>
        <source>Mentioned people only</source>
        <translation>Personnes mentionnées seulement</translation>
    </message>
    <message>
        <source>Detect from the text</source>
        <translation>Détectée dans le texte</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Content &amp;warning (Mastodon):</source>
        <translation>&amp;Avertissement de contenu (Mastodon) :</translation>
    </message>
    <message>
        <source>&amp;Visibility (Mastodon):</source>
        <translation>&amp;Visibilité (Mastodon) :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Describe the selected image for people who cannot see it</source>
        <translation>Décrivez l&apos;image choisie pour les personnes qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <source>Add an &amp;image…</source>
        <translation>Ajouter une &amp;image…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (cet ordinateur)</translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation>&amp;Publier maintenant</translation>
    </message>
    <message>
        <source>Publish with:</source>
        <translation>Publier avec :</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>%1 — %2 (up to %3)</source>
        <translation>%1 — %2 (jusqu&apos;à %3)</translation>
    </message>
    <message>
        <source>There is no publishing account yet: add one in Publishing › Accounts…</source>
        <translation>Il n&apos;y a pas encore de compte de publication : ajoutez-en un dans Publication › Comptes…</translation>
    </message>
    <message>
        <source>Edit post %1</source>
        <translation>Modifier la publication %1</translation>
    </message>
    <message>
        <source>Add an image</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>A different text for %1</source>
        <translation>Un autre texte pour %1</translation>
    </message>
    <message>
        <source>Choose at least one account.</source>
        <translation>Choisissez au moins un compte.</translation>
    </message>
    <message>
        <source>The text for %1 is empty.</source>
        <translation>Le texte pour %1 est vide.</translation>
    </message>
    <message>
        <source>The text for %1 is %2 too long (%3 of %4).</source>
        <translation>Le texte pour %1 dépasse de %2 (%3 sur %4).</translation>
    </message>
    <message>
        <source>%1 takes at most %2 images.</source>
        <translation>%1 accepte au plus %2 images.</translation>
    </message>
    <message>
        <source>That time has passed; choose a later one or Now.</source>
        <translation>Cette heure est passée ; choisissez-en une plus tard ou Maintenant.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose an account to see the post as its network will show it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Choisissez un compte pour voir la publication telle que son réseau l&apos;affichera.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Describe every image: people who cannot see it rely on the description.</source>
        <translation>Décrivez chaque image : les personnes qui ne peuvent pas la voir comptent sur la description.</translation>
    </message>
    <message>
        <source>The post was not saved: %1</source>
        <translation>La publication n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Répondre à %1</translation>
    </message>
    <message>
        <source>In reply to %1 on %2: “%3”</source>
        <translation>En réponse à %1 sur %2 : « %3 »</translation>
    </message>
    <message>
        <source>There is no %1 account to answer from; add one in Publishing › Accounts…</source>
        <translation>Il n&apos;y a pas de compte %1 pour répondre ; ajoutez-en un dans Publication › Comptes…</translation>
    </message>
    <message>
        <source>Detect from the text: French</source>
        <translation>Détectée dans le texte : français</translation>
    </message>
    <message>
        <source>Detect from the text: English</source>
        <translation>Détectée dans le texte : anglais</translation>
    </message>
</context>
<context>
    <name>veille::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Explore the &amp;demo workspace</source>
        <translation>Explorer l&apos;espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>Add a &amp;source…</source>
        <translation>Ajouter une &amp;source…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Veille</source>
        <translation>À &amp;propos de Veille</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Préparation de l&apos;espace de démonstration…</translation>
    </message>
    <message>
        <source>Preparing the demo workspace… day %1 of %2</source>
        <translation>Préparation de l&apos;espace de démonstration… jour %1 sur %2</translation>
    </message>
    <message>
        <source>Could not create the demo</source>
        <translation>Impossible de créer la démonstration</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Veille workspaces (*.sqlite)</source>
        <translation>Espaces de travail Veille (*.sqlite)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Veille workspaces (*.sqlite);;All files (*)</source>
        <translation>Espaces de travail Veille (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Veille</source>
        <translation>À propos de Veille</translation>
    </message>
    <message>
        <source>&lt;b&gt;Veille %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Veille %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Social listening and community management on your desktop. Your data stays on your computer.</source>
        <translation>Veille des réseaux sociaux et gestion de communauté sur votre poste. Vos données restent sur votre ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Listening</source>
        <translation>&amp;Écoute</translation>
    </message>
    <message>
        <source>&amp;Sources and topics…</source>
        <translation>&amp;Sources et sujets…</translation>
    </message>
    <message>
        <source>Add a &amp;topic…</source>
        <translation>Ajouter un su&amp;jet…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerte : %1</translation>
    </message>
    <message numerus="yes">
        <source>Veille: %n alert(s)</source>
        <translation>
            <numerusform>Veille : %n alerte</numerusform>
            <numerusform>Veille : %n alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d’abord un espace de travail.</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) exported to %1</source>
        <translation>
            <numerusform>%n mention exportée dans %1</numerusform>
            <numerusform>%n mentions exportées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported to %1</source>
        <translation>
            <numerusform>%n membre exporté dans %1</numerusform>
            <numerusform>%n membres exportés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) exported to %1</source>
        <translation>
            <numerusform>%n publication exportée dans %1</numerusform>
            <numerusform>%n publications exportées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Post %1 published: %2</source>
        <translation>Publication %1 publiée : %2</translation>
    </message>
    <message>
        <source>Post %1 was not published: %2</source>
        <translation>La publication %1 n’a pas été publiée : %2</translation>
    </message>
    <message>
        <source>&amp;Publishing</source>
        <translation>&amp;Publication</translation>
    </message>
    <message>
        <source>&amp;New post…</source>
        <translation>&amp;Nouvelle publication…</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>Brand &amp;vocabulary…</source>
        <translation>&amp;Vocabulaire de la marque…</translation>
    </message>
    <message>
        <source>Scoring the workspace again with what Veille learnt: %1 %</source>
        <translation>Nouvelle notation de l&apos;espace avec ce que Veille a appris : %1 %</translation>
    </message>
    <message>
        <source>Workspace scored again: %1 of %2 mentions read differently now</source>
        <translation>Espace noté à nouveau : %1 mentions sur %2 se lisent autrement désormais</translation>
    </message>
    <message>
        <source>The workspace was not scored again: %1</source>
        <translation>L&apos;espace n&apos;a pas été noté à nouveau : %1</translation>
    </message>
</context>
<context>
    <name>veille::ui::MentionDetail</name>
    <message>
        <source>Select a mention to read it here.</source>
        <translation>Sélectionnez une mention pour la lire ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n follower(s)</source>
        <translation>
            <numerusform>%n abonné</numerusform>
            <numerusform>%n abonnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Sujets : %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Sentiment: %1 (%2)</source>
        <translation>Sentiment : %1 (%2)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <source>The engine reads it now: %1</source>
        <translation>Lecture actuelle du moteur : %1</translation>
    </message>
    <message>
        <source>The engine reads it now: %1 (%2)</source>
        <translation>Lecture actuelle du moteur : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>veille::ui::MentionListModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
</context>
<context>
    <name>veille::ui::MentionsDock</name>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Search mentions…</source>
        <translation>Rechercher dans les mentions…</translation>
    </message>
    <message>
        <source>All sentiments</source>
        <translation>Tous les sentiments</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) shown</source>
        <translation>
            <numerusform>%n mention affichée</numerusform>
            <numerusform>%n mentions affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load mentions: %1</source>
        <translation>Impossible de charger les mentions : %1</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les sujets</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>%1 (%2 unread)</source>
        <translation>%1 (%2 non lues)</translation>
    </message>
    <message>
        <source>Mark &amp;read</source>
        <translation>Marquer comme &amp;lue</translation>
    </message>
    <message>
        <source>Mark &amp;unread</source>
        <translation>Marquer comme &amp;non lue</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>&amp;Open original</source>
        <translation>&amp;Ouvrir l’original</translation>
    </message>
    <message>
        <source>R&amp;esolve</source>
        <translation>R&amp;ésoudre</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>É&amp;tiqueter…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Étiquettes, séparées par des virgules :</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Attribuer…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Assign to (a teammate&apos;s name; empty to unassign):</source>
        <translation>Attribuer à (le nom d’un coéquipier ; vide pour retirer) :</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>A note for the team (never published):</source>
        <translation>Une note pour l’équipe (jamais publiée) :</translation>
    </message>
    <message>
        <source>Correct the &amp;sentiment…</source>
        <translation>Corriger le &amp;sentiment…</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>This mention is, in fact:</source>
        <translation>Cette mention est en fait :</translation>
    </message>
    <message>
        <source>Chosen on the chart</source>
        <translation>Choisie sur le graphique</translation>
    </message>
    <message>
        <source>Chosen on the chart: %1</source>
        <translation>Choisie sur le graphique : %1</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>The selected mentions, or all those the filters show</source>
        <translation>Les mentions sélectionnées, ou toutes celles que montrent les filtres</translation>
    </message>
    <message>
        <source>Export mentions</source>
        <translation>Exporter les mentions</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>mentions.csv</source>
        <translation>mentions.csv</translation>
    </message>
    <message>
        <source>Only %1 ✕</source>
        <translation>Seulement %1 ✕</translation>
    </message>
    <message>
        <source>Show every author&apos;s mentions again</source>
        <translation>Revoir les mentions de tous les auteurs</translation>
    </message>
    <message>
        <source>Re&amp;ply…</source>
        <translation>Ré&amp;pondre…</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) shown, more as you scroll</source>
        <translation>
            <numerusform>%n mention affichée, la suite en défilant</numerusform>
            <numerusform>%n mentions affichées, la suite en défilant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veille::ui::OverviewView</name>
    <message>
        <source>%1% vs previous 7 days</source>
        <translation>%1 % par rapport aux 7 jours précédents</translation>
    </message>
    <message>
        <source>Mentions, last 7 days</source>
        <translation>Mentions, 7 derniers jours</translation>
    </message>
    <message>
        <source>Net sentiment, last 7 days</source>
        <translation>Sentiment net, 7 derniers jours</translation>
    </message>
    <message>
        <source>Negative share, last 7 days</source>
        <translation>Part négative, 7 derniers jours</translation>
    </message>
    <message>
        <source>Mentions waiting for you</source>
        <translation>Mentions en attente</translation>
    </message>
    <message>
        <source>Going out today</source>
        <translation>Publications du jour</translation>
    </message>
    <message>
        <source>Nothing scheduled today.</source>
        <translation>Rien de programmé aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>%1 vs previous 7 days</source>
        <translation>%1 par rapport aux 7 jours précédents</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1% the previous 7 days</source>
        <translation>%1 % les 7 jours précédents</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Prendre en compte</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) caused it</source>
        <translation>
            <numerusform>%n mention en est la cause</numerusform>
            <numerusform>%n mentions en sont la cause</numerusform>
        </translation>
    </message>
    <message>
        <source>No open alert: nothing unusual in the last 24 hours.</source>
        <translation>Aucune alerte ouverte : rien d’inhabituel ces dernières 24 heures.</translation>
    </message>
    <message>
        <source>Baseline (%1): %2 a day, now %3</source>
        <translation>Référence (%1) : %2 par jour, maintenant %3</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Baseline: %1%</source>
        <translation>Référence : %1 %</translation>
    </message>
</context>
<context>
    <name>veille::ui::PostCalendar</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 autres</translation>
    </message>
    <message>
        <source>planned at %1 in %2</source>
        <translation>prévue à %1 heure de %2</translation>
    </message>
    <message>
        <source>Drag to move it; double-click to edit it.</source>
        <translation>Glissez pour la déplacer ; double-cliquez pour la modifier.</translation>
    </message>
    <message>
        <source>%1 — already passed</source>
        <translation>%1 — déjà passé</translation>
    </message>
    <message>
        <source>%1 has already passed; drop the post on a later time.</source>
        <translation>%1 est déjà passé ; déposez la publication sur une heure à venir.</translation>
    </message>
</context>
<context>
    <name>veille::ui::PostListModel</name>
    <message>
        <source>Not scheduled</source>
        <translation>Non programmé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
</context>
<context>
    <name>veille::ui::PostsDock</name>
    <message>
        <source>Scheduled posts</source>
        <translation>Publications programmées</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>The selected posts, or the whole queue</source>
        <translation>Les publications sélectionnées, ou toute la file</translation>
    </message>
    <message>
        <source>Export posts</source>
        <translation>Exporter les publications</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>posts.csv</source>
        <translation>publications.csv</translation>
    </message>
    <message>
        <source>&amp;New post…</source>
        <translation>&amp;Nouvelle publication…</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · times in %2</source>
        <translation>%1 · heures de %2</translation>
    </message>
    <message>
        <source>Post %1 has gone out and can no longer be changed.</source>
        <translation>La publication %1 est partie et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>&amp;Open the published post</source>
        <translation>&amp;Ouvrir la publication publiée</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel the post</source>
        <translation>&amp;Annuler la publication</translation>
    </message>
</context>
<context>
    <name>veille::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>A new language applies the next time Veille starts.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de Veille.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>How many standard deviations above the week before a day must be</source>
        <translation>De combien d’écarts types une journée doit dépasser la semaine précédente</translation>
    </message>
    <message>
        <source>Sensitivity (k):</source>
        <translation>Sensibilité (k) :</translation>
    </message>
    <message>
        <source>Fewest mentions for a spike:</source>
        <translation>Mentions minimum pour un pic :</translation>
    </message>
    <message>
        <source>Large audience from (followers):</source>
        <translation>Grande audience à partir de (abonnés) :</translation>
    </message>
    <message>
        <source>Risk words:</source>
        <translation>Mots à risque :</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A post whose time passed while Veille was closed is still sent when it opens, up to this long after; older ones are marked missed for you to decide.</source>
        <translation>Une publication dont l&apos;heure est passée pendant que Veille était fermé est encore envoyée à l&apos;ouverture, jusqu&apos;à ce délai ; au-delà, elle est marquée manquée et vous décidez.</translation>
    </message>
    <message>
        <source>Send late posts up to:</source>
        <translation>Envoyer les publications en retard jusqu&apos;à :</translation>
    </message>
    <message>
        <source>Alerts of this workspace (shared by its team)</source>
        <translation>Alertes de cet espace (partagées par son équipe)</translation>
    </message>
    <message>
        <source>Open a workspace to change its alert rules</source>
        <translation>Ouvrez un espace pour modifier ses règles d&apos;alerte</translation>
    </message>
    <message>
        <source>The alert rules could not be read: %1</source>
        <translation>Les règles d’alerte n’ont pas pu être lues : %1</translation>
    </message>
</context>
<context>
    <name>veille::ui::ReportDialog</name>
    <message>
        <source>&amp;Open the PDF when it is written</source>
        <translation>&amp;Ouvrir le PDF une fois écrit</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>The brand</source>
        <translation>La marque</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Pa&amp;pier :</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Quoted mentions</source>
        <translation>Mentions citées</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Shown on the cover and in the footer</source>
        <translation>Affiché en couverture et en pied de page</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG</source>
        <translation>PNG, JPEG ou SVG</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>L&amp;ogo :</translation>
    </message>
    <message>
        <source>Colo&amp;ur:</source>
        <translation>Co&amp;uleur :</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The report&apos;s figures could not be read: %1</source>
        <translation>Les chiffres du rapport n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Veille report %1.pdf</source>
        <translation>Rapport Veille %1.pdf</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n’a pas été écrit : %1</translation>
    </message>
</context>
<context>
    <name>veille::ui::SegmentRulesDialog</name>
    <message>
        <source>Segment rules</source>
        <translation>Règles des segments</translation>
    </message>
    <message>
        <source>The period looked at</source>
        <translation>La période observée</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <source>Enthusiasts: frequent, mostly positive</source>
        <translation>Enthousiastes : fréquents, surtout positifs</translation>
    </message>
    <message>
        <source>At least this many mentions:</source>
        <translation>Au moins ce nombre de mentions :</translation>
    </message>
    <message>
        <source>Positive, at least:</source>
        <translation>Positives, au moins :</translation>
    </message>
    <message>
        <source>Show-offs: a large audience their mentions hardly move</source>
        <translation>Frimeurs : une grande audience que leurs mentions font peu réagir</translation>
    </message>
    <message>
        <source>Followers, at least:</source>
        <translation>Abonnés, au moins :</translation>
    </message>
    <message>
        <source>Interactions per thousand followers, under:</source>
        <translation>Interactions pour mille abonnés, moins de :</translation>
    </message>
    <message>
        <source>Timid: rare, small audience, asking or replying</source>
        <translation>Timides : rares, petite audience, questions ou réponses</translation>
    </message>
    <message>
        <source>At most this many mentions:</source>
        <translation>Au plus ce nombre de mentions :</translation>
    </message>
    <message>
        <source>Followers, at most:</source>
        <translation>Abonnés, au plus :</translation>
    </message>
    <message>
        <source>Questions or replies, at least:</source>
        <translation>Questions ou réponses, au moins :</translation>
    </message>
    <message>
        <source>Indifferent: sporadic, neutral, here and there</source>
        <translation>Indifférents : sporadiques, neutres, un peu partout</translation>
    </message>
    <message>
        <source>Average sentiment within ±</source>
        <translation>Sentiment moyen à ± près de zéro :</translation>
    </message>
    <message>
        <source>Blasé: once active and positive, now quiet or souring</source>
        <translation>Blasés : autrefois actifs et positifs, désormais discrets ou aigris</translation>
    </message>
    <message>
        <source>Mentions before, at least:</source>
        <translation>Mentions auparavant, au moins :</translation>
    </message>
    <message>
        <source>Recent days:</source>
        <translation>Jours récents :</translation>
    </message>
    <message>
        <source>Recent activity, at most:</source>
        <translation>Activité récente, au plus :</translation>
    </message>
    <message>
        <source>Ambassadors and detractors</source>
        <translation>Ambassadeurs et détracteurs</translation>
    </message>
    <message>
        <source>Average sentiment beyond ±</source>
        <translation>Sentiment moyen au-delà de ± :</translation>
    </message>
    <message>
        <source>Or interactions a mention, at least:</source>
        <translation>Ou interactions par mention, au moins :</translation>
    </message>
    <message>
        <source>Suspicious audience</source>
        <translation>Audience suspecte</translation>
    </message>
    <message>
        <source>Followers multiplied between two observations by:</source>
        <translation>Abonnés multipliés entre deux observations par :</translation>
    </message>
</context>
<context>
    <name>veille::ui::SentimentDock</name>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentions per day by sentiment</source>
        <translation>Mentions par jour selon le sentiment</translation>
    </message>
    <message>
        <source>%1 mentions · net sentiment %2</source>
        <translation>%1 mentions · sentiment net %2</translation>
    </message>
    <message>
        <source>%1 mentions</source>
        <translation>%1 mentions</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les sujets</translation>
    </message>
    <message>
        <source>Share of voice</source>
        <translation>Part de voix</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4 mentions — click to read them</source>
        <translation>%1 : %2 %3 sur %4 mentions — cliquez pour les lire</translation>
    </message>
    <message>
        <source>Top terms: %1</source>
        <translation>Termes les plus présents : %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>Top hashtags: %1</source>
        <translation>Hashtags les plus présents : %1</translation>
    </message>
    <message>
        <source>Share of voice: %1</source>
        <translation>Part de voix : %1</translation>
    </message>
    <message>
        <source>Save as &amp;baseline</source>
        <translation>Enregistrer comme &amp;référence</translation>
    </message>
    <message>
        <source>Keep this period&apos;s figures to measure progress against</source>
        <translation>Garder les chiffres de cette période pour mesurer les progrès</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>The baseline was not saved: %1</source>
        <translation>La référence n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Période choisie</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
</context>
<context>
    <name>veille::ui::SourceDialog</name>
    <message>
        <source>Nothing came back: %1</source>
        <translation>Rien n’est revenu : %1</translation>
    </message>
    <message>
        <source>Nothing new since the last poll (the server said so).</source>
        <translation>Rien de nouveau depuis la dernière interrogation (selon le serveur).</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) matched.</source>
        <translation>
            <numerusform>%n mention correspond.</numerusform>
            <numerusform>%n mentions correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll this source</source>
        <translation>Interroger cette source</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>&amp;Essayer</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only where the network needs a signed-in account</source>
        <translation>Seulement si le réseau demande un compte connecté</translation>
    </message>
    <message>
        <source>Try the source to see what it brings, before saving it.</source>
        <translation>Essayez la source pour voir ce qu’elle apporte, avant de l’enregistrer.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Search for:</source>
        <translation>Chercher :</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Toutes les :</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>Edit the source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>https://example.com/feed.xml</source>
        <translation>https://exemple.fr/flux.xml</translation>
    </message>
    <message>
        <source>Leave empty for the network&apos;s usual address</source>
        <translation>Laisser vide pour l’adresse habituelle du réseau</translation>
    </message>
    <message>
        <source>Optional: keep only items matching this query</source>
        <translation>Facultatif : ne garder que les articles qui répondent à cette requête</translation>
    </message>
    <message>
        <source>The channel id, e.g. UCxxxxxxxxxxxxxxxxxxxxxx</source>
        <translation>L’identifiant de la chaîne, par exemple UCxxxxxxxxxxxxxxxxxxxxxx</translation>
    </message>
    <message>
        <source>e.g. #yourbrand, or words; empty: the account&apos;s mentions</source>
        <translation>par exemple #votremarque, ou des mots ; vide : les mentions du compte</translation>
    </message>
    <message>
        <source>e.g. yourbrand OR &quot;your brand&quot; -job</source>
        <translation>par exemple votremarque OR &quot;votre marque&quot; -emploi</translation>
    </message>
    <message>
        <source>Follow a blog, a news site or a Google Alerts feed through its RSS or Atom feed.</source>
        <translation>Suivez un blog, un site d’actualité ou une alerte Google par son flux RSS ou Atom.</translation>
    </message>
    <message>
        <source>Videos of the channel come from its public feed; with an API key as the account, their comments too.</source>
        <translation>Les vidéos de la chaîne viennent de son flux public ; avec une clé d’API comme compte, leurs commentaires aussi.</translation>
    </message>
    <message>
        <source>Veille will search %1 at regular intervals. Words, &quot;exact phrases&quot;, #hashtags, @accounts, OR, -excluded, lang:fr.</source>
        <translation>Veille cherchera sur %1 à intervalles réguliers. Mots, &quot;phrases exactes&quot;, #hashtags, @comptes, OR, -exclus, lang:fr.</translation>
    </message>
    <message>
        <source>The query cannot be read at character %1: %2</source>
        <translation>La requête est illisible au caractère %1 : %2</translation>
    </message>
</context>
<context>
    <name>veille::ui::SourceListModel</name>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Dernière erreur (%1) : %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Prochain passage</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>New mentions brought by the last successful poll</source>
        <translation>Nouvelles mentions apportées par la dernière interrogation réussie</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
</context>
<context>
    <name>veille::ui::SourcesWindow</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Fetch now</source>
        <translation>&amp;Interroger maintenant</translation>
    </message>
    <message>
        <source>Sources and topics</source>
        <translation>Sources et sujets</translation>
    </message>
    <message>
        <source>Choose a source and fetch it now to see what comes back.</source>
        <translation>Choisissez une source et interrogez-la maintenant pour voir ce qui revient.</translation>
    </message>
    <message>
        <source>&amp;Add a source…</source>
        <translation>&amp;Ajouter une source…</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lues</translation>
    </message>
    <message>
        <source>&amp;Add a topic…</source>
        <translation>&amp;Ajouter un sujet…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Brand or theme</source>
        <translation>Marque ou thème</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; added; it is fetched in a moment.</source>
        <translation>Source « %1 » ajoutée ; elle sera interrogée dans un instant.</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; saved.</source>
        <translation>Source « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Remove the source &quot;%1&quot;? The mentions it brought stay in the workspace.</source>
        <translation>Retirer la source « %1 » ? Les mentions qu’elle a apportées restent dans l’espace de travail.</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; removed.</source>
        <translation>Source « %1 » retirée.</translation>
    </message>
    <message>
        <source>What came back from %1:</source>
        <translation>Ce qui est revenu de %1 :</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Récupération…</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; added; new mentions are matched against it.</source>
        <translation>Sujet « %1 » ajouté ; les nouvelles mentions y seront comparées.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; saved.</source>
        <translation>Sujet « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Remove the topic &quot;%1&quot;? Its mentions stay, without this topic.</source>
        <translation>Retirer le sujet « %1 » ? Ses mentions restent, sans ce sujet.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; removed.</source>
        <translation>Sujet « %1 » retiré.</translation>
    </message>
    <message>
        <source>Its name weighs nothing in sentiment now; the stored mentions are being scored again.</source>
        <translation>Son nom ne pèse plus rien dans le sentiment ; les mentions enregistrées vont être réévaluées.</translation>
    </message>
</context>
<context>
    <name>veille::ui::TopicDialog</name>
    <message>
        <source>This is a competitor (for share of voice)</source>
        <translation>C’est un concurrent (pour la part de voix)</translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation>Ajouter un sujet</translation>
    </message>
    <message>
        <source>e.g. Lumen</source>
        <translation>par exemple Lumen</translation>
    </message>
    <message>
        <source>e.g. lumen OR #lumenpanne OR &quot;lampe lumen&quot; -emploi</source>
        <translation>par exemple lumen OR #lumenpanne OR &quot;lampe lumen&quot; -emploi</translation>
    </message>
    <message>
        <source>Words match whatever the case and accents. Use &quot;quotes&quot; for an exact phrase, OR between alternatives, - or NOT to exclude, #hashtag, @account, lang:fr, network:reddit, and a * for a prefix.</source>
        <translation>Les mots correspondent quels que soient la casse et les accents. Utilisez des &quot;guillemets&quot; pour une phrase exacte, OR (ou OU) entre les possibilités, - ou NOT (SAUF) pour exclure, #hashtag, @compte, lang:fr, network:reddit, et une * pour un préfixe.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Requête :</translation>
    </message>
    <message>
        <source>Edit the topic</source>
        <translation>Modifier le sujet</translation>
    </message>
    <message>
        <source>The query cannot be read at character %1: %2</source>
        <translation>La requête est illisible au caractère %1 : %2</translation>
    </message>
    <message>
        <source>As words, “%1” reads as praise (%2): mentions that write it in lower case or first in a sentence would lean positive.</source>
        <translation>Lu comme des mots, « %1 » fait l&apos;éloge (%2) : les mentions qui l&apos;écrivent en minuscules ou en début de phrase pencheraient vers le positif.</translation>
    </message>
    <message>
        <source>As words, “%1” reads as criticism (%2): mentions that write it in lower case or first in a sentence would lean negative.</source>
        <translation>Lu comme des mots, « %1 » critique (%2) : les mentions qui l&apos;écrivent en minuscules ou en début de phrase pencheraient vers le négatif.</translation>
    </message>
    <message>
        <source>Read “%1” as a name: its words weigh nothing in sentiment</source>
        <translation>Lire « %1 » comme un nom : ses mots ne pèsent rien dans le sentiment</translation>
    </message>
</context>
<context>
    <name>veille::ui::VocabularyWindow</name>
    <message>
        <source>Brand vocabulary</source>
        <translation>Vocabulaire de la marque</translation>
    </message>
    <message>
        <source>Words and phrases that mean something particular for the brand, with a score from -5 (very negative) to 5 (very positive). They weigh more than the built-in lexicons and than what corrections taught. The whole team shares them.</source>
        <translation>Des mots et expressions qui ont un sens particulier pour la marque, avec une note de -5 (très négatif) à 5 (très positif). Ils pèsent plus que les lexiques intégrés et que ce que les corrections ont appris. Toute l&apos;équipe les partage.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. coup de cœur</source>
        <translation>p. ex. coup de cœur</translation>
    </message>
    <message>
        <source>&amp;Add or change</source>
        <translation>&amp;Ajouter ou modifier</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <source>A text file with one term&lt;TAB&gt;score per line</source>
        <translation>Un fichier texte avec un terme&lt;TAB&gt;note par ligne</translation>
    </message>
    <message>
        <source>Import a list of terms</source>
        <translation>Importer une liste de termes</translation>
    </message>
    <message>
        <source>Term lists (*.tsv *.txt);;All files (*)</source>
        <translation>Listes de termes (*.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Score the &amp;workspace again</source>
        <translation>Noter à nouveau l&apos;&amp;espace</translation>
    </message>
    <message>
        <source>Every stored mention is scored again in the background with what Veille knows now; the ones you corrected keep your label.</source>
        <translation>Chaque mention enregistrée est notée à nouveau en arrière-plan avec ce que Veille sait maintenant ; celles que vous avez corrigées gardent votre étiquette.</translation>
    </message>
    <message>
        <source>Write the term first.</source>
        <translation>Écrivez d&apos;abord le terme.</translation>
    </message>
    <message>
        <source>“%1” is in the vocabulary.</source>
        <translation>« %1 » est dans le vocabulaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) removed.</source>
        <translation>
            <numerusform>%n terme retiré.</numerusform>
            <numerusform>%n termes retirés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) imported from %1.</source>
        <translation>
            <numerusform>%n terme importé de %1.</numerusform>
            <numerusform>%n termes importés de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines not understood (expected term&lt;TAB&gt;score from -5 to 5): %1.</source>
        <translation>Lignes non comprises (attendu terme&lt;TAB&gt;note de -5 à 5) : %1.</translation>
    </message>
    <message>
        <source>A term is one word or a phrase of up to four words.</source>
        <translation>Un terme est un mot ou une expression de quatre mots au plus.</translation>
    </message>
</context>
<context>
    <name>veille::ui::WelcomeView</name>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Explore the demo workspace</source>
        <translation>Explorer l&apos;espace de démonstration</translation>
    </message>
    <message>
        <source>Welcome to Veille</source>
        <translation>Bienvenue dans Veille</translation>
    </message>
    <message>
        <source>Veille listens to what is said about your brand on Mastodon, Bluesky, Reddit, Hacker News, YouTube and the web, keeps it on this computer, and helps you answer, follow sentiment and report to management.

Start by telling Veille where to listen, or look around a demo workspace first.</source>
        <translation>Veille écoute ce qui se dit de votre marque sur Mastodon, Bluesky, Reddit, Hacker News, YouTube et le web, le garde sur cet ordinateur, et vous aide à répondre, à suivre le sentiment et à rendre compte à la direction.

Commencez par indiquer à Veille où écouter, ou découvrez d&apos;abord un espace de démonstration.</translation>
    </message>
</context>
</TS>
