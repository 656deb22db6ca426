<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>expected: topic add NAME --query Q [--competitor] | topic list | topic remove NAME</source>
        <translation>attendu : topic add NOM --query Q [--competitor] | topic list | topic remove NOM</translation>
    </message>
    <message>
        <source>add KIND, list, or remove NAME.</source>
        <translation>add TYPE, list ou remove NOM.</translation>
    </message>
    <message>
        <source>The source&apos;s name.</source>
        <translation>Le nom de la source.</translation>
    </message>
    <message>
        <source>Base URL of the network, or the feed URL for rss.</source>
        <translation>Adresse de base du réseau, ou adresse du flux pour rss.</translation>
    </message>
    <message>
        <source>What to search for on the network.</source>
        <translation>Ce qu&apos;il faut chercher sur le réseau.</translation>
    </message>
    <message>
        <source>The signed-in account the source uses.</source>
        <translation>Le compte connecté qu&apos;utilise la source.</translation>
    </message>
    <message>
        <source>Adds, lists or removes where Veille listens.</source>
        <translation>Ajoute, liste ou supprime les endroits où Veille écoute.</translation>
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
        <source>expected: source add KIND --name NAME [--url URL] [--query Q] [--account NAME] | source list | source remove NAME</source>
        <translation>attendu : source add TYPE --name NOM [--url URL] [--query Q] [--account NOM] | source list | source remove NOM</translation>
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
</context>
<context>
    <name>veille::ui::AddSourceDialog</name>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
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
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>https://example.com/feed.xml</source>
        <translation>https://exemple.fr/flux.xml</translation>
    </message>
    <message>
        <source>Leave empty for the network&apos;s usual address</source>
        <translation>Laisser vide pour l&apos;adresse habituelle du réseau</translation>
    </message>
    <message>
        <source>Optional: keep only items matching these words</source>
        <translation>Facultatif : ne garder que les articles contenant ces mots</translation>
    </message>
    <message>
        <source>e.g. your brand, #hashtag or @account</source>
        <translation>par ex. votre marque, #hashtag ou @compte</translation>
    </message>
    <message>
        <source>Follow a blog, a news site, a Google Alerts feed or a YouTube channel through its RSS or Atom feed.</source>
        <translation>Suivez un blog, un site d&apos;actualité, une alerte Google ou une chaîne YouTube par son flux RSS ou Atom.</translation>
    </message>
    <message>
        <source>Veille will search %1 for these words at regular intervals.</source>
        <translation>Veille cherchera ces mots sur %1 à intervalles réguliers.</translation>
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
</context>
<context>
    <name>veille::ui::CommunityDock</name>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
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
        <source>Source &quot;%1&quot; added.</source>
        <translation>Source « %1 » ajoutée.</translation>
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
</context>
<context>
    <name>veille::ui::PostListModel</name>
    <message>
        <source>Not scheduled</source>
        <translation>Non programmé</translation>
    </message>
    <message>
        <source>%1 likes · %2 reposts · %3 replies</source>
        <translation>%1 j&apos;aime · %2 partages · %3 réponses</translation>
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
