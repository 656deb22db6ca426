<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountSetup</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>signing in was cancelled</source>
        <translation>signing in was cancelled</translation>
    </message>
    <message>
        <source>the instance&apos;s address is not a web address</source>
        <translation>the instance&apos;s address is not a web address</translation>
    </message>
    <message>
        <source>no local port is free to receive the browser&apos;s answer</source>
        <translation>no local port is free to receive the browser&apos;s answer</translation>
    </message>
    <message>
        <source>Veille is signed in. You can close this page and go back to Veille.</source>
        <translation>Veille is signed in. You can close this page and go back to Veille.</translation>
    </message>
    <message>
        <source>Registering Veille on the instance…</source>
        <translation>Registering Veille on the instance…</translation>
    </message>
    <message>
        <source>the instance did not register Veille</source>
        <translation>the instance did not register Veille</translation>
    </message>
    <message>
        <source>Waiting for the approval in the browser…</source>
        <translation>Waiting for the approval in the browser…</translation>
    </message>
    <message>
        <source>the instance refused: %1</source>
        <translation>the instance refused: %1</translation>
    </message>
    <message>
        <source>the token could not be obtained from the instance</source>
        <translation>the token could not be obtained from the instance</translation>
    </message>
    <message>
        <source>the instance did not give a token</source>
        <translation>the instance did not give a token</translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation>Checking the account…</translation>
    </message>
    <message>
        <source>%1 refused the credentials</source>
        <translation>%1 refused the credentials</translation>
    </message>
    <message>
        <source>the handle is missing</source>
        <translation>the handle is missing</translation>
    </message>
    <message>
        <source>Keeping the secret in the keychain…</source>
        <translation>Keeping the secret in the keychain…</translation>
    </message>
    <message>
        <source>the secret could not be taken out of the keychain: %1</source>
        <translation>the secret could not be taken out of the keychain: %1</translation>
    </message>
    <message>
        <source>an access token made by hand stays valid until it is revoked in the instance&apos;s Development settings</source>
        <translation>an access token made by hand stays valid until it is revoked in the instance&apos;s Development settings</translation>
    </message>
    <message>
        <source>the app password stays valid until it is revoked in Bluesky&apos;s settings (Privacy and security › App passwords)</source>
        <translation>the app password stays valid until it is revoked in Bluesky&apos;s settings (Privacy and security › App passwords)</translation>
    </message>
    <message>
        <source>the token could not be revoked: its secret is no longer in the keychain</source>
        <translation>the token could not be revoked: its secret is no longer in the keychain</translation>
    </message>
    <message>
        <source>the instance did not revoke the token: %1</source>
        <translation>the instance did not revoke the token: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The workspace: an SQLite file, or a postgresql:// URL (default: VEILLE_DB, then the per-user workspace).</source>
        <translation>The workspace: an SQLite file, or a postgresql:// URL (default: VEILLE_DB, then the per-user workspace).</translation>
    </message>
    <message>
        <source>Usage: veille [--db LOCATION] [COMMAND] [OPTIONS]</source>
        <translation>Usage: veille [--db LOCATION] [COMMAND] [OPTIONS]</translation>
    </message>
    <message>
        <source>Without a command, starts the Veille desktop app.</source>
        <translation>Without a command, starts the Veille desktop app.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run &apos;veille COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Run &apos;veille COMMAND --help&apos; for a command&apos;s options.</translation>
    </message>
    <message>
        <source>fill the workspace with a generated demo</source>
        <translation>fill the workspace with a generated demo</translation>
    </message>
    <message>
        <source>load mentions from a JSON Lines file</source>
        <translation>load mentions from a JSON Lines file</translation>
    </message>
    <message>
        <source>list mentions, newest first</source>
        <translation>list mentions, newest first</translation>
    </message>
    <message>
        <source>export mentions, authors or posts</source>
        <translation>export mentions, authors or posts</translation>
    </message>
    <message>
        <source>add, list or remove topics</source>
        <translation>add, list or remove topics</translation>
    </message>
    <message>
        <source>add, list or remove sources</source>
        <translation>add, list or remove sources</translation>
    </message>
    <message>
        <source>veille: unknown command &apos;%1&apos;</source>
        <translation>veille: unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Try &apos;veille --help&apos;.</source>
        <translation>Try &apos;veille --help&apos;.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Try &apos;veille %1 --help&apos;.</source>
        <translation>Try &apos;veille %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Seed of the generator (same seed, same workspace).</source>
        <translation>Seed of the generator (same seed, same workspace).</translation>
    </message>
    <message>
        <source>Length of the period in days.</source>
        <translation>Length of the period in days.</translation>
    </message>
    <message>
        <source>Number of mentions to generate (besides the brand&apos;s replies).</source>
        <translation>Number of mentions to generate (besides the brand&apos;s replies).</translation>
    </message>
    <message>
        <source>End of the period (ISO 8601; default: this hour).</source>
        <translation>End of the period (ISO 8601; default: this hour).</translation>
    </message>
    <message>
        <source>Fills a new workspace with a generated, deterministic demo.</source>
        <translation>Fills a new workspace with a generated, deterministic demo.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed takes a whole number</translation>
    </message>
    <message>
        <source>--days takes a number from 1 to 3650</source>
        <translation>--days takes a number from 1 to 3650</translation>
    </message>
    <message>
        <source>--mentions takes a number from 0 to 50000000</source>
        <translation>--mentions takes a number from 0 to 50000000</translation>
    </message>
    <message>
        <source>--end is not an ISO 8601 date: %1</source>
        <translation>--end is not an ISO 8601 date: %1</translation>
    </message>
    <message>
        <source>demo: day %1 of %2</source>
        <translation>demo: day %1 of %2</translation>
    </message>
    <message>
        <source>demo workspace ready: %1 mentions, %2 authors, %3 posts in %4</source>
        <translation>demo workspace ready: %1 mentions, %2 authors, %3 posts in %4</translation>
    </message>
    <message>
        <source>mentions, authors or posts.</source>
        <translation>mentions, authors or posts.</translation>
    </message>
    <message>
        <source>csv or jsonl.</source>
        <translation>csv or jsonl.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>Exports mentions, authors or posts as CSV or JSON Lines.</source>
        <translation>Exports mentions, authors or posts as CSV or JSON Lines.</translation>
    </message>
    <message>
        <source>expected one of: mentions, authors, posts</source>
        <translation>expected one of: mentions, authors, posts</translation>
    </message>
    <message>
        <source>cannot export &apos;%1&apos;; expected mentions, authors or posts</source>
        <translation>cannot export &apos;%1&apos;; expected mentions, authors or posts</translation>
    </message>
    <message>
        <source>--format is required (csv or jsonl)</source>
        <translation>--format is required (csv or jsonl)</translation>
    </message>
    <message>
        <source>--format takes csv or jsonl</source>
        <translation>--format takes csv or jsonl</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FILE is required</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>exported %1 %2 to %3</source>
        <translation>exported %1 %2 to %3</translation>
    </message>
    <message>
        <source>JSON Lines file of mentions, or - for standard input.</source>
        <translation>JSON Lines file of mentions, or - for standard input.</translation>
    </message>
    <message>
        <source>Loads mentions from a JSON Lines file into the workspace.</source>
        <translation>Loads mentions from a JSON Lines file into the workspace.</translation>
    </message>
    <message>
        <source>expected one FILE (or -)</source>
        <translation>expected one FILE (or -)</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>cannot read standard input</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>import: %1 lines read, %2 stored</source>
        <translation>import: %1 lines read, %2 stored</translation>
    </message>
    <message>
        <source>storing failed after %1 mentions: %2</source>
        <translation>storing failed after %1 mentions: %2</translation>
    </message>
    <message>
        <source>imported %1, rejected %2</source>
        <translation>imported %1, rejected %2</translation>
    </message>
    <message>
        <source> (%1 already in the workspace)</source>
        <translation> (%1 already in the workspace)</translation>
    </message>
    <message>
        <source>import: %1 lines in %2 s (%3 lines/s)</source>
        <translation>import: %1 lines in %2 s (%3 lines/s)</translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 date: %2</source>
        <translation>--%1 is not an ISO 8601 date: %2</translation>
    </message>
    <message>
        <source>--sentiment takes positive, negative or neutral</source>
        <translation>--sentiment takes positive, negative or neutral</translation>
    </message>
    <message>
        <source>Only mentions containing these words.</source>
        <translation>Only mentions containing these words.</translation>
    </message>
    <message>
        <source>Only mentions of this topic.</source>
        <translation>Only mentions of this topic.</translation>
    </message>
    <message>
        <source>From this date (ISO 8601, inclusive).</source>
        <translation>From this date (ISO 8601, inclusive).</translation>
    </message>
    <message>
        <source>Up to this date (ISO 8601, exclusive).</source>
        <translation>Up to this date (ISO 8601, exclusive).</translation>
    </message>
    <message>
        <source>positive, negative or neutral.</source>
        <translation>positive, negative or neutral.</translation>
    </message>
    <message>
        <source>At most N mentions (default 100; 0 = all).</source>
        <translation>At most N mentions (default 100; 0 = all).</translation>
    </message>
    <message>
        <source>jsonl (default) or csv.</source>
        <translation>jsonl (default) or csv.</translation>
    </message>
    <message>
        <source>Lists mentions, newest first.</source>
        <translation>Lists mentions, newest first.</translation>
    </message>
    <message>
        <source>--limit takes a whole number</source>
        <translation>--limit takes a whole number</translation>
    </message>
    <message>
        <source>--format takes jsonl or csv</source>
        <translation>--format takes jsonl or csv</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>cannot write to standard output</translation>
    </message>
    <message>
        <source>add NAME, list, or remove NAME.</source>
        <translation>add NAME, list, or remove NAME.</translation>
    </message>
    <message>
        <source>The boolean query of the topic.</source>
        <translation>The boolean query of the topic.</translation>
    </message>
    <message>
        <source>The topic is a competitor.</source>
        <translation>The topic is a competitor.</translation>
    </message>
    <message>
        <source>Adds, lists or removes what Veille listens for.</source>
        <translation>Adds, lists or removes what Veille listens for.</translation>
    </message>
    <message>
        <source>--query is required</source>
        <translation>--query is required</translation>
    </message>
    <message>
        <source>added topic %1</source>
        <translation>added topic %1</translation>
    </message>
    <message>
        <source>there is no topic named &quot;%1&quot;</source>
        <translation>there is no topic named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>removed topic %1</source>
        <translation>removed topic %1</translation>
    </message>
    <message>
        <source>Base URL of the network, or the feed URL for rss.</source>
        <translation>Base URL of the network, or the feed URL for rss.</translation>
    </message>
    <message>
        <source>The signed-in account the source uses.</source>
        <translation>The signed-in account the source uses.</translation>
    </message>
    <message>
        <source>unknown source kind &apos;%1&apos;; expected one of: %2</source>
        <translation>unknown source kind &apos;%1&apos;; expected one of: %2</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name is required</translation>
    </message>
    <message>
        <source>an rss source needs --url (the feed&apos;s address)</source>
        <translation>an rss source needs --url (the feed&apos;s address)</translation>
    </message>
    <message>
        <source>added source %1</source>
        <translation>added source %1</translation>
    </message>
    <message>
        <source>there is no source named &quot;%1&quot;</source>
        <translation>there is no source named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>removed source %1</source>
        <translation>removed source %1</translation>
    </message>
    <message>
        <source>read an RSS, RDF or Atom feed as JSON Lines</source>
        <translation>read an RSS, RDF or Atom feed as JSON Lines</translation>
    </message>
    <message>
        <source>A feed file or address.</source>
        <translation>A feed file or address.</translation>
    </message>
    <message>
        <source>Read feed file paths from standard input, one per line.</source>
        <translation>Read feed file paths from standard input, one per line.</translation>
    </message>
    <message>
        <source>Reads an RSS, RDF or Atom feed and prints its items as JSON Lines.</source>
        <translation>Reads an RSS, RDF or Atom feed and prints its items as JSON Lines.</translation>
    </message>
    <message>
        <source>--many reads paths from standard input; no FILE expected</source>
        <translation>--many reads paths from standard input; no FILE expected</translation>
    </message>
    <message>
        <source>expected one FILE or URL</source>
        <translation>expected one FILE or URL</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>cannot fetch %1: %2</translation>
    </message>
    <message>
        <source>poll the sources and store new mentions</source>
        <translation>poll the sources and store new mentions</translation>
    </message>
    <message>
        <source>the query cannot be read: %1</source>
        <translation>the query cannot be read: %1</translation>
    </message>
    <message>
        <source>Poll every source once, print what came, and exit.</source>
        <translation>Poll every source once, print what came, and exit.</translation>
    </message>
    <message>
        <source>Poll only the source with this name.</source>
        <translation>Poll only the source with this name.</translation>
    </message>
    <message>
        <source>Polls the sources and stores new mentions (a server can run this around the clock).</source>
        <translation>Polls the sources and stores new mentions (a server can run this around the clock).</translation>
    </message>
    <message>
        <source>collect takes no argument</source>
        <translation>collect takes no argument</translation>
    </message>
    <message>
        <source>%1: %2 new of %3 read</source>
        <translation>%1: %2 new of %3 read</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--source goes with --once</source>
        <translation>--source goes with --once</translation>
    </message>
    <message>
        <source>collecting; stop with Ctrl+C</source>
        <translation>collecting; stop with Ctrl+C</translation>
    </message>
    <message>
        <source>collected %1 new mentions from %2 sources</source>
        <translation>collected %1 new mentions from %2 sources</translation>
    </message>
    <message>
        <source>The source&apos;s name (a new one for edit).</source>
        <translation>The source&apos;s name (a new one for edit).</translation>
    </message>
    <message>
        <source>What to search for on the network (the query language of topics; the channel id for youtube).</source>
        <translation>What to search for on the network (the query language of topics; the channel id for youtube).</translation>
    </message>
    <message>
        <source>Seconds between polls (default 900, at least 60).</source>
        <translation>Seconds between polls (default 900, at least 60).</translation>
    </message>
    <message>
        <source>Poll the source (edit).</source>
        <translation>Poll the source (edit).</translation>
    </message>
    <message>
        <source>Pause the source (edit).</source>
        <translation>Pause the source (edit).</translation>
    </message>
    <message>
        <source>--interval takes a number of seconds, at least 60</source>
        <translation>--interval takes a number of seconds, at least 60</translation>
    </message>
    <message>
        <source>--url must be an http or https address</source>
        <translation>--url must be an http or https address</translation>
    </message>
    <message>
        <source>a youtube source needs --query CHANNEL_ID (UC…)</source>
        <translation>a youtube source needs --query CHANNEL_ID (UC…)</translation>
    </message>
    <message>
        <source>a %1 source needs --query</source>
        <translation>a %1 source needs --query</translation>
    </message>
    <message>
        <source>add KIND, edit NAME, list, or remove NAME.</source>
        <translation>add KIND, edit NAME, list, or remove NAME.</translation>
    </message>
    <message>
        <source>Adds, edits, lists or removes where Veille listens.</source>
        <translation>Adds, edits, lists or removes where Veille listens.</translation>
    </message>
    <message>
        <source>changed source %1</source>
        <translation>changed source %1</translation>
    </message>
    <message>
        <source>expected: source add KIND --name NAME [--url URL] [--query Q] [--account NAME] [--interval S] | source edit NAME [options] | source list | source remove NAME</source>
        <translation>expected: source add KIND --name NAME [--url URL] [--query Q] [--account NAME] [--interval S] | source edit NAME [options] | source list | source remove NAME</translation>
    </message>
    <message>
        <source>score the sentiment of texts, one per line</source>
        <translation>score the sentiment of texts, one per line</translation>
    </message>
    <message>
        <source>The language of the texts: auto (default), fr or en.</source>
        <translation>The language of the texts: auto (default), fr or en.</translation>
    </message>
    <message>
        <source>Add a fourth column: the words and rules that weighed.</source>
        <translation>Add a fourth column: the words and rules that weighed.</translation>
    </message>
    <message>
        <source>Reads one text per line on standard input and prints label, score and language for each, tab-separated.</source>
        <translation>Reads one text per line on standard input and prints label, score and language for each, tab-separated.</translation>
    </message>
    <message>
        <source>--lang takes auto, fr or en</source>
        <translation>--lang takes auto, fr or en</translation>
    </message>
    <message>
        <source>print the KPIs of a period as JSON</source>
        <translation>print the KPIs of a period as JSON</translation>
    </message>
    <message>
        <source>Start of the period (default: 30 days before --until).</source>
        <translation>Start of the period (default: 30 days before --until).</translation>
    </message>
    <message>
        <source>End of the period, excluded (default: now).</source>
        <translation>End of the period, excluded (default: now).</translation>
    </message>
    <message>
        <source>Only this topic&apos;s mentions.</source>
        <translation>Only this topic&apos;s mentions.</translation>
    </message>
    <message>
        <source>Prints the period&apos;s KPIs as one JSON object, with the same figures for the period before it under &quot;previous&quot;.</source>
        <translation>Prints the period&apos;s KPIs as one JSON object, with the same figures for the period before it under &quot;previous&quot;.</translation>
    </message>
    <message>
        <source>--since must come before --until</source>
        <translation>--since must come before --until</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation>alert: %1</translation>
    </message>
    <message>
        <source>add, list, remove or import sentiment terms</source>
        <translation>add, list, remove or import sentiment terms</translation>
    </message>
    <message>
        <source>The workspace&apos;s own sentiment terms (scores from -5 to 5), layered over the built-in lexicons when mentions are scored.</source>
        <translation>The workspace&apos;s own sentiment terms (scores from -5 to 5), layered over the built-in lexicons when mentions are scored.</translation>
    </message>
    <message>
        <source>the score is a number from -5 to 5</source>
        <translation>the score is a number from -5 to 5</translation>
    </message>
    <message>
        <source>term &quot;%1&quot; scores %2</source>
        <translation>term &quot;%1&quot; scores %2</translation>
    </message>
    <message>
        <source>there is no term &quot;%1&quot;</source>
        <translation>there is no term &quot;%1&quot;</translation>
    </message>
    <message>
        <source>write the management report of a period as a PDF</source>
        <translation>write the management report of a period as a PDF</translation>
    </message>
    <message>
        <source>Report on this topic (default: the brand).</source>
        <translation>Report on this topic (default: the brand).</translation>
    </message>
    <message>
        <source>fr or en (default: the interface&apos;s language).</source>
        <translation>fr or en (default: the interface&apos;s language).</translation>
    </message>
    <message>
        <source>a4 or letter (default: by locale).</source>
        <translation>a4 or letter (default: by locale).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>Writes the management report of a period as a PDF, the same as the app&apos;s File › Export report. The organisation&apos;s name, logo and colour come from the preferences.</source>
        <translation>Writes the management report of a period as a PDF, the same as the app&apos;s File › Export report. The organisation&apos;s name, logo and colour come from the preferences.</translation>
    </message>
    <message>
        <source>-o FILE.pdf is required</source>
        <translation>-o FILE.pdf is required</translation>
    </message>
    <message>
        <source>--lang must be fr or en, not &apos;%1&apos;</source>
        <translation>--lang must be fr or en, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not &apos;%1&apos;</source>
        <translation>--paper must be a4 or letter, not &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>wrote %1 (%n page)</numerusform>
            <numerusform>wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this segment: enthusiast, show_off, timid, indifferent, blase; or ambassador, detractor, suspicious; or none.</source>
        <translation>Only this segment: enthusiast, show_off, timid, indifferent, blase; or ambassador, detractor, suspicious; or none.</translation>
    </message>
    <message>
        <source>Only this network.</source>
        <translation>Only this network.</translation>
    </message>
    <message>
        <source>Only authors who talked about this topic.</source>
        <translation>Only authors who talked about this topic.</translation>
    </message>
    <message>
        <source>At most N authors (default 100; 0 = all).</source>
        <translation>At most N authors (default 100; 0 = all).</translation>
    </message>
    <message>
        <source>Decide every author&apos;s segment again first (what time alone changes, or after new thresholds).</source>
        <translation>Decide every author&apos;s segment again first (what time alone changes, or after new thresholds).</translation>
    </message>
    <message>
        <source>Lists the community roster, most active first, with each author&apos;s segment and why.</source>
        <translation>Lists the community roster, most active first, with each author&apos;s segment and why.</translation>
    </message>
    <message>
        <source>unknown segment &apos;%1&apos;; one of: %2</source>
        <translation>unknown segment &apos;%1&apos;; one of: %2</translation>
    </message>
    <message>
        <source>list the community roster with its segments</source>
        <translation>list the community roster with its segments</translation>
    </message>
    <message>
        <source>account add mastodon needs --instance URL</source>
        <translation>account add mastodon needs --instance URL</translation>
    </message>
    <message>
        <source>account add bluesky needs --handle H</source>
        <translation>account add bluesky needs --handle H</translation>
    </message>
    <message>
        <source>the server&apos;s address must be an http or https URL</source>
        <translation>the server&apos;s address must be an http or https URL</translation>
    </message>
    <message>
        <source>Access token: </source>
        <translation>Access token: </translation>
    </message>
    <message>
        <source>App password: </source>
        <translation>App password: </translation>
    </message>
    <message>
        <source>no access token on stdin</source>
        <translation>no access token on stdin</translation>
    </message>
    <message>
        <source>no app password on stdin</source>
        <translation>no app password on stdin</translation>
    </message>
    <message>
        <source>the secret was not kept, so the account was not added: %1</source>
        <translation>the secret was not kept, so the account was not added: %1</translation>
    </message>
    <message>
        <source>added %1 (%2); its secret is in the keychain</source>
        <translation>added %1 (%2); its secret is in the keychain</translation>
    </message>
    <message>
        <source>there is no account named &quot;%1&quot;</source>
        <translation>there is no account named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>removed %1</translation>
    </message>
    <message>
        <source>add mastodon|bluesky, list, or remove NAME.</source>
        <translation>add mastodon|bluesky, list, or remove NAME.</translation>
    </message>
    <message>
        <source>Mastodon: the instance&apos;s address.</source>
        <translation>Mastodon: the instance&apos;s address.</translation>
    </message>
    <message>
        <source>Mastodon: read an access token from stdin.</source>
        <translation>Mastodon: read an access token from stdin.</translation>
    </message>
    <message>
        <source>Bluesky: the handle.</source>
        <translation>Bluesky: the handle.</translation>
    </message>
    <message>
        <source>Bluesky: the PDS (default https://bsky.social).</source>
        <translation>Bluesky: the PDS (default https://bsky.social).</translation>
    </message>
    <message>
        <source>Publishing accounts. Secrets (tokens, app passwords) go to the OS keychain only; the app password is read from stdin.</source>
        <translation>Publishing accounts. Secrets (tokens, app passwords) go to the OS keychain only; the app password is read from stdin.</translation>
    </message>
    <message>
        <source>expected: account add mastodon --instance URL --token-stdin, account add bluesky --handle H, account list, or account remove NAME</source>
        <translation>expected: account add mastodon --instance URL --token-stdin, account add bluesky --handle H, account list, or account remove NAME</translation>
    </message>
    <message>
        <source>add, list or remove publishing accounts</source>
        <translation>add, list or remove publishing accounts</translation>
    </message>
    <message>
        <source>schedule, list or cancel posts</source>
        <translation>schedule, list or cancel posts</translation>
    </message>
    <message>
        <source>post %1 sent: %2</source>
        <translation>post %1 sent: %2</translation>
    </message>
    <message>
        <source>post %1 failed: %2</source>
        <translation>post %1 failed: %2</translation>
    </message>
    <message>
        <source>post schedule needs --%1</source>
        <translation>post schedule needs --%1</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>unknown time zone &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--at is in the past (%1)</source>
        <translation>--at is in the past (%1)</translation>
    </message>
    <message>
        <source>--text is empty</source>
        <translation>--text is empty</translation>
    </message>
    <message>
        <source>scheduled post %1 for %2 (%3)</source>
        <translation>scheduled post %1 for %2 (%3)</translation>
    </message>
    <message>
        <source>post cancel takes a post&apos;s number, not &apos;%1&apos;</source>
        <translation>post cancel takes a post&apos;s number, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cancelled post %1</source>
        <translation>cancelled post %1</translation>
    </message>
    <message>
        <source>schedule, list or cancel.</source>
        <translation>schedule, list or cancel.</translation>
    </message>
    <message>
        <source>The publishing account (see veille account list).</source>
        <translation>The publishing account (see veille account list).</translation>
    </message>
    <message>
        <source>What to publish.</source>
        <translation>What to publish.</translation>
    </message>
    <message>
        <source>The time zone the post is planned in (default: this computer&apos;s).</source>
        <translation>The time zone the post is planned in (default: this computer&apos;s).</translation>
    </message>
    <message>
        <source>list: jsonl or csv (default: a line a post).</source>
        <translation>list: jsonl or csv (default: a line a post).</translation>
    </message>
    <message>
        <source>The publishing queue: schedule a post, list the queue, cancel a post. `veille collect` sends what is due.</source>
        <translation>The publishing queue: schedule a post, list the queue, cancel a post. `veille collect` sends what is due.</translation>
    </message>
    <message>
        <source>expected: post schedule --account NAME --at DATE --text TEXT, post list, or post cancel ID</source>
        <translation>expected: post schedule --account NAME --at DATE --text TEXT, post list, or post cancel ID</translation>
    </message>
    <message>
        <source>When to publish (ISO 8601; without an offset, the time in --zone).</source>
        <translation>When to publish (ISO 8601; without an offset, the time in --zone).</translation>
    </message>
    <message>
        <source>schedule: the id of the mention the post answers (as veille mentions prints it).</source>
        <translation>schedule: the id of the mention the post answers (as veille mentions prints it).</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer and approve Veille (waiting up to 10 minutes):</source>
        <translation>Open this address in a browser on this computer and approve Veille (waiting up to 10 minutes):</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>Send posts that came due while nothing ran up to this many minutes late (default 15); older ones are marked missed.</source>
        <translation>Send posts that came due while nothing ran up to this many minutes late (default 15); older ones are marked missed.</translation>
    </message>
    <message>
        <source>--grace takes a number of minutes, 0 or more</source>
        <translation>--grace takes a number of minutes, 0 or more</translation>
    </message>
    <message>
        <source>add TERM SCORE, remove TERM, list, import FILE|-, or rescore (every stored mention scored again with the terms and corrections as they are now).</source>
        <translation>add TERM SCORE, remove TERM, list, import FILE|-, or rescore (every stored mention scored again with the terms and corrections as they are now).</translation>
    </message>
    <message>
        <source>rescored %1 mentions, %2 changed</source>
        <translation>rescored %1 mentions, %2 changed</translation>
    </message>
    <message>
        <source>rescore: %1 s</source>
        <translation>rescore: %1 s</translation>
    </message>
    <message>
        <source>expected: lexicon add TERM SCORE | lexicon remove TERM | lexicon list | lexicon import FILE|- | lexicon rescore</source>
        <translation>expected: lexicon add TERM SCORE | lexicon remove TERM | lexicon list | lexicon import FILE|- | lexicon rescore</translation>
    </message>
    <message>
        <source>import: %1 lines read, %2 stored; completing the indexes and the roster</source>
        <translation>import: %1 lines read, %2 stored; completing the indexes and the roster</translation>
    </message>
    <message>
        <source>expected term&lt;TAB&gt;score (-5 to 5), a term of up to four words</source>
        <translation>expected term&lt;TAB&gt;score (-5 to 5), a term of up to four words</translation>
    </message>
    <message>
        <source>The topic&apos;s name is a name: its words weigh nothing in sentiment (a term at 0 in the workspace&apos;s vocabulary).</source>
        <translation>The topic&apos;s name is a name: its words weigh nothing in sentiment (a term at 0 in the workspace&apos;s vocabulary).</translation>
    </message>
    <message>
        <source>--neutral-name takes a name of up to four words</source>
        <translation>--neutral-name takes a name of up to four words</translation>
    </message>
    <message>
        <source>the words of &quot;%1&quot; weigh nothing in sentiment from now on; `veille lexicon rescore` reads the stored mentions again</source>
        <translation>the words of &quot;%1&quot; weigh nothing in sentiment from now on; `veille lexicon rescore` reads the stored mentions again</translation>
    </message>
    <message>
        <source>expected: topic add NAME --query Q [--competitor] [--neutral-name] | topic list | topic remove NAME</source>
        <translation>expected: topic add NAME --query Q [--competitor] [--neutral-name] | topic list | topic remove NAME</translation>
    </message>
    <message>
        <source>note: as words, &quot;%1&quot; reads as praise (%2): mentions naming it in lower case lean positive; --neutral-name reads it as a name</source>
        <translation>note: as words, &quot;%1&quot; reads as praise (%2): mentions naming it in lower case lean positive; --neutral-name reads it as a name</translation>
    </message>
    <message>
        <source>note: as words, &quot;%1&quot; reads as criticism (%2): mentions naming it in lower case lean negative; --neutral-name reads it as a name</source>
        <translation>note: as words, &quot;%1&quot; reads as criticism (%2): mentions naming it in lower case lean negative; --neutral-name reads it as a name</translation>
    </message>
</context>
<context>
    <name>CommunityDock</name>
    <message>
        <source>no author “%1” here</source>
        <translation>no author “%1” here</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>Feed</name>
    <message numerus="yes">
        <source>%n unescaped &apos;&amp;&apos; or unknown entities read as text</source>
        <translation>
            <numerusform>%n unescaped &apos;&amp;&apos; or unknown entities read as text</numerusform>
            <numerusform>%n unescaped &apos;&amp;&apos; or unknown entities read as text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n HTML entities that XML does not define were read</source>
        <translation>
            <numerusform>%n HTML entities that XML does not define were read</numerusform>
            <numerusform>%n HTML entities that XML does not define were read</numerusform>
        </translation>
    </message>
    <message>
        <source>the gzip-compressed data is damaged</source>
        <translation>the gzip-compressed data is damaged</translation>
    </message>
    <message>
        <source>the gzip-compressed data ends early</source>
        <translation>the gzip-compressed data ends early</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; read as UTF-8</source>
        <translation>unknown encoding &quot;%1&quot;; read as UTF-8</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; read as windows-1252</source>
        <translation>the text is not valid UTF-8; read as windows-1252</translation>
    </message>
    <message>
        <source>no XML element found: this is not a feed</source>
        <translation>no XML element found: this is not a feed</translation>
    </message>
    <message>
        <source>this is a web page (HTML), not a feed</source>
        <translation>this is a web page (HTML), not a feed</translation>
    </message>
    <message>
        <source>not a feed: the document starts with &lt;%1&gt;</source>
        <translation>not a feed: the document starts with &lt;%1&gt;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>the feed is ill-formed (%1); %n item(s) read before it</source>
        <translation>
            <numerusform>the feed is ill-formed (%1); %n item read before it</numerusform>
            <numerusform>the feed is ill-formed (%1); %n items read before it</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: unreadable date &quot;%2&quot;</source>
        <translation>line %1: unreadable date &quot;%2&quot;</translation>
    </message>
    <message>
        <source>line %1: an empty item was skipped</source>
        <translation>line %1: an empty item was skipped</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>nothing could be decoded</source>
        <translation>nothing could be decoded</translation>
    </message>
    <message>
        <source>an ampersand starts no entity</source>
        <translation>an ampersand starts no entity</translation>
    </message>
    <message>
        <source>invalid character reference</source>
        <translation>invalid character reference</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; is not declared</source>
        <translation>entity &apos;%1&apos; is not declared</translation>
    </message>
    <message>
        <source>unexpected character in a tag</source>
        <translation>unexpected character in a tag</translation>
    </message>
    <message>
        <source>an attribute has no value</source>
        <translation>an attribute has no value</translation>
    </message>
    <message>
        <source>an attribute value is not quoted</source>
        <translation>an attribute value is not quoted</translation>
    </message>
    <message>
        <source>opening and ending tag mismatch</source>
        <translation>opening and ending tag mismatch</translation>
    </message>
    <message>
        <source>premature end of document</source>
        <translation>premature end of document</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Web &amp; feeds</source>
        <translation>Web &amp; feeds</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Fetching…</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Failing</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>Needs sign-in</translation>
    </message>
    <message>
        <source>Waiting (rate limit)</source>
        <translation>Waiting (rate limit)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Not fetched yet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln like(s)</source>
        <translation>
            <numerusform>%Ln like</numerusform>
            <numerusform>%Ln likes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repost(s)</source>
        <translation>
            <numerusform>%Ln repost</numerusform>
            <numerusform>%Ln reposts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(ies)</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListeningQuery</name>
    <message>
        <source>this quotation mark is never closed</source>
        <translation>this quotation mark is never closed</translation>
    </message>
    <message>
        <source>the query is empty</source>
        <translation>the query is empty</translation>
    </message>
    <message>
        <source>this parenthesis closes nothing</source>
        <translation>this parenthesis closes nothing</translation>
    </message>
    <message>
        <source>unexpected text here</source>
        <translation>unexpected text here</translation>
    </message>
    <message>
        <source>this parenthesis is never closed</source>
        <translation>this parenthesis is never closed</translation>
    </message>
    <message>
        <source>these quotation marks hold no word</source>
        <translation>these quotation marks hold no word</translation>
    </message>
    <message>
        <source>a word is missing at the end</source>
        <translation>a word is missing at the end</translation>
    </message>
    <message>
        <source>a word is missing before this parenthesis</source>
        <translation>a word is missing before this parenthesis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a word on each side</source>
        <translation>&quot;%1&quot; needs a word on each side</translation>
    </message>
    <message>
        <source>%1: needs a value, e.g. %2</source>
        <translation>%1: needs a value, e.g. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no word to look for</source>
        <translation>&quot;%1&quot; holds no word to look for</translation>
    </message>
    <message>
        <source>at character %1: %2</source>
        <translation>at character %1: %2</translation>
    </message>
</context>
<context>
    <name>MentionJson</name>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>not valid JSON (%1 at character %2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>expected a JSON object</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be &quot;network:nativeId&quot;</source>
        <translation>&quot;id&quot; must be &quot;network:nativeId&quot;</translation>
    </message>
    <message>
        <source>&quot;text&quot; is missing or not a string</source>
        <translation>&quot;text&quot; is missing or not a string</translation>
    </message>
    <message>
        <source>&quot;created_at&quot; is missing or not an ISO 8601 date</source>
        <translation>&quot;created_at&quot; is missing or not an ISO 8601 date</translation>
    </message>
    <message>
        <source>&quot;author&quot; is missing or not an object</source>
        <translation>&quot;author&quot; is missing or not an object</translation>
    </message>
    <message>
        <source>&quot;author.id&quot; is missing</source>
        <translation>&quot;author.id&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;sentiment.label&quot; must be positive, negative or neutral</source>
        <translation>&quot;sentiment.label&quot; must be positive, negative or neutral</translation>
    </message>
    <message>
        <source>&quot;sentiment&quot; must be an object</source>
        <translation>&quot;sentiment&quot; must be an object</translation>
    </message>
    <message>
        <source>&quot;status&quot; must be new, read, assigned or resolved</source>
        <translation>&quot;status&quot; must be new, read, assigned or resolved</translation>
    </message>
</context>
<context>
    <name>MentionsDock</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>PostsDock</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
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
        <translation>the account&apos;s secret cannot be read: %1</translation>
    </message>
    <message>
        <source>the post to answer (%1) cannot be found from the account&apos;s instance</source>
        <translation>the post to answer (%1) cannot be found from the account&apos;s instance</translation>
    </message>
    <message>
        <source>the post to answer (%1) no longer exists</source>
        <translation>the post to answer (%1) no longer exists</translation>
    </message>
    <message>
        <source>the image %1 cannot be read: %2</source>
        <translation>the image %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>the image %1 is %2 kB; the network takes at most %3 kB</source>
        <translation>the image %1 is %2 kB; the network takes at most %3 kB</translation>
    </message>
    <message>
        <source>the Bluesky session expired; renewing it</source>
        <translation>the Bluesky session expired; renewing it</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Social listening report</source>
        <translation>Social listening report</translation>
    </message>
    <message>
        <source>Every conversation</source>
        <translation>Every conversation</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <translation>Issued on %1</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>Compared with: %1</translation>
    </message>
    <message>
        <source>Made with Veille from the team&apos;s own listening workspace.</source>
        <translation>Made with Veille from the team&apos;s own listening workspace.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>new this period</source>
        <translation>new this period</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>up %1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>down %1</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>Nothing was said about %1 and nothing was published between %2 and %3: there is nothing to report for this period. If that is unexpected, check the sources in Listening › Sources.</source>
        <translation>Nothing was said about %1 and nothing was published between %2 and %3: there is nothing to report for this period. If that is unexpected, check the sources in Listening › Sources.</translation>
    </message>
    <message>
        <source>From %1 to %2, %3 mentions of %4 were collected on %5 networks. This report compares them with the %6 days before and, where one was saved, with the baseline.</source>
        <translation>From %1 to %2, %3 mentions of %4 were collected on %5 networks. This report compares them with the %6 days before and, where one was saved, with the baseline.</translation>
    </message>
    <message>
        <source>%1 vs previous period</source>
        <translation>%1 vs previous period</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Baseline: %1</translation>
    </message>
    <message>
        <source>No baseline</source>
        <translation>No baseline</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Net sentiment</source>
        <translation>Net sentiment</translation>
    </message>
    <message>
        <source>Share of voice</source>
        <translation>Share of voice</translation>
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
        <translation>Problems resolved</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>First response (median)</translation>
    </message>
    <message>
        <source>Suggestions received</source>
        <translation>Suggestions received</translation>
    </message>
    <message>
        <source>Active community</source>
        <translation>Active community</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <source>Posts published</source>
        <translation>Posts published</translation>
    </message>
    <message>
        <source>%1 interactions</source>
        <translation>%1 interactions</translation>
    </message>
    <message>
        <source>Conversations: %1 mentions, %2 compared with the previous period (%3).</source>
        <translation>Conversations: %1 mentions, %2 compared with the previous period (%3).</translation>
    </message>
    <message>
        <source>That is %1 mentions a day against %2 a day in the baseline “%3” (%4).</source>
        <translation>That is %1 mentions a day against %2 a day in the baseline “%3” (%4).</translation>
    </message>
    <message>
        <source>Net sentiment: %1, from %2 positive and %3 negative mentions.</source>
        <translation>Net sentiment: %1, from %2 positive and %3 negative mentions.</translation>
    </message>
    <message>
        <source>It improved from %1 in the previous period.</source>
        <translation>It improved from %1 in the previous period.</translation>
    </message>
    <message>
        <source>It worsened from %1 in the previous period.</source>
        <translation>It worsened from %1 in the previous period.</translation>
    </message>
    <message>
        <source>It held steady (%1 in the previous period).</source>
        <translation>It held steady (%1 in the previous period).</translation>
    </message>
    <message>
        <source>The baseline stood at %1.</source>
        <translation>The baseline stood at %1.</translation>
    </message>
    <message>
        <source>Net sentiment: no positive or negative mention in the period to measure it from.</source>
        <translation>Net sentiment: no positive or negative mention in the period to measure it from.</translation>
    </message>
    <message>
        <source>Share of voice: %1 holds %2 of the conversation against %3 (%4 in the previous period).</source>
        <translation>Share of voice: %1 holds %2 of the conversation against %3 (%4 in the previous period).</translation>
    </message>
    <message>
        <source>no competitor</source>
        <translation>no competitor</translation>
    </message>
    <message>
        <source>Customer care: %1 mentions resolved and %2 answered; the median first response came after %3 (%4 in the previous period).</source>
        <translation>Customer care: %1 mentions resolved and %2 answered; the median first response came after %3 (%4 in the previous period).</translation>
    </message>
    <message>
        <source>Customer care: %1 mentions resolved; none was answered by the brand&apos;s accounts.</source>
        <translation>Customer care: %1 mentions resolved; none was answered by the brand&apos;s accounts.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s) received (%1 in the previous period).</source>
        <translation>
            <numerusform>%Ln suggestion received (%1 in the previous period).</numerusform>
            <numerusform>%Ln suggestions received (%1 in the previous period).</numerusform>
        </translation>
    </message>
    <message>
        <source>Community: %1 people took part, %2 of them for the first time (%3 and %4 in the previous period).</source>
        <translation>Community: %1 people took part, %2 of them for the first time (%3 and %4 in the previous period).</translation>
    </message>
    <message numerus="yes">
        <source>Publishing: %Ln post(s) published, drawing %1 likes, %2 reposts and %3 replies (%4 interactions in the previous period).</source>
        <translation>
            <numerusform>Publishing: %Ln post published, drawing %1 likes, %2 reposts and %3 replies (%4 interactions in the previous period).</numerusform>
            <numerusform>Publishing: %Ln posts published, drawing %1 likes, %2 reposts and %3 replies (%4 interactions in the previous period).</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations and sentiment</source>
        <translation>Conversations and sentiment</translation>
    </message>
    <message>
        <source>Networks: %1.</source>
        <translation>Networks: %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Languages: %1.</source>
        <translation>Languages: %1.</translation>
    </message>
    <message>
        <source>Most used words: %1.</source>
        <translation>Most used words: %1.</translation>
    </message>
    <message>
        <source>Hashtags: %1.</source>
        <translation>Hashtags: %1.</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>Most engaging positive mentions</source>
        <translation>Most engaging positive mentions</translation>
    </message>
    <message>
        <source>Most engaging negative mentions</source>
        <translation>Most engaging negative mentions</translation>
    </message>
    <message>
        <source>Most engaging mentions overall</source>
        <translation>Most engaging mentions overall</translation>
    </message>
    <message>
        <source>None in the period.</source>
        <translation>None in the period.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
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
        <translation>Followers</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>%1 people spoke about %2 in the period (%3 in the previous period); %4 of them for the first time.</source>
        <translation>%1 people spoke about %2 in the period (%3 in the previous period); %4 of them for the first time.</translation>
    </message>
    <message>
        <source>Segments: %1.</source>
        <translation>Segments: %1.</translation>
    </message>
    <message>
        <source>Ambassadors of the period</source>
        <translation>Ambassadors of the period</translation>
    </message>
    <message>
        <source>Mostly positive authors with a large audience or mentions that carried, by influence.</source>
        <translation>Mostly positive authors with a large audience or mentions that carried, by influence.</translation>
    </message>
    <message>
        <source>No influential author was mostly positive in the period.</source>
        <translation>No influential author was mostly positive in the period.</translation>
    </message>
    <message>
        <source>Detractors of the period</source>
        <translation>Detractors of the period</translation>
    </message>
    <message>
        <source>No influential author was mostly negative in the period.</source>
        <translation>No influential author was mostly negative in the period.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>No alert was raised in the period.</source>
        <translation>No alert was raised in the period.</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publishing</translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s) published in the period (%1 in the previous period), with %2 likes, %3 reposts and %4 replies.</source>
        <translation>
            <numerusform>%Ln post published in the period (%1 in the previous period), with %2 likes, %3 reposts and %4 replies.</numerusform>
            <numerusform>%Ln posts published in the period (%1 in the previous period), with %2 likes, %3 reposts and %4 replies.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed and %2 missed their time (see the Posts panel).</source>
        <translation>%1 failed and %2 missed their time (see the Posts panel).</translation>
    </message>
    <message>
        <source>The post that engaged most</source>
        <translation>The post that engaged most</translation>
    </message>
    <message>
        <source>Baseline: %1 a day</source>
        <translation>Baseline: %1 a day</translation>
    </message>
    <message>
        <source>Mentions per day by sentiment</source>
        <translation>Mentions per day by sentiment</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>A report needs a period that ends after it starts.</source>
        <translation>A report needs a period that ends after it starts.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s) raised in the period, %1 acknowledged by the team. For each, the mentions behind it and how many were answered and resolved since.</source>
        <translation>
            <numerusform>%Ln alert raised in the period, %1 acknowledged by the team. For each, the mentions behind it and how many were answered and resolved since.</numerusform>
            <numerusform>%Ln alerts raised in the period, %1 acknowledged by the team. For each, the mentions behind it and how many were answered and resolved since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rescorer</name>
    <message>
        <source>rescoring was cancelled</source>
        <translation>rescoring was cancelled</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>No author %1 in this workspace.</source>
        <translation>No author %1 in this workspace.</translation>
    </message>
    <message>
        <source>Linking needs at least two identities and a name.</source>
        <translation>Linking needs at least two identities and a name.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Enthusiasts</source>
        <translation>Enthusiasts</translation>
    </message>
    <message>
        <source>Show-offs</source>
        <translation>Show-offs</translation>
    </message>
    <message>
        <source>Timid</source>
        <translation>Timid</translation>
    </message>
    <message>
        <source>Indifferent</source>
        <translation>Indifferent</translation>
    </message>
    <message>
        <source>Blasé</source>
        <translation>Blasé</translation>
    </message>
    <message>
        <source>Not enough to say</source>
        <translation>Not enough to say</translation>
    </message>
    <message>
        <source>followers multiplied by %1 between two observations</source>
        <translation>followers multiplied by %1 between two observations</translation>
    </message>
    <message>
        <source>%1 followers but %2 interactions a mention</source>
        <translation>%1 followers but %2 interactions a mention</translation>
    </message>
    <message>
        <source>follows %1 accounts for %2 followers</source>
        <translation>follows %1 accounts for %2 followers</translation>
    </message>
    <message>
        <source>%1 mentions before, sentiment %2; in the last %3 days %4 mentions, sentiment %5</source>
        <translation>%1 mentions before, sentiment %2; in the last %3 days %4 mentions, sentiment %5</translation>
    </message>
    <message>
        <source>%1 mentions before, sentiment %2; only %3 in the last %4 days</source>
        <translation>%1 mentions before, sentiment %2; only %3 in the last %4 days</translation>
    </message>
    <message>
        <source>%1 followers, %2 interactions a mention (%3 per thousand followers)</source>
        <translation>%1 followers, %2 interactions a mention (%3 per thousand followers)</translation>
    </message>
    <message>
        <source>%1 mentions in %2 days, %3 positive</source>
        <translation>%1 mentions in %2 days, %3 positive</translation>
    </message>
    <message numerus="yes">
        <source>, among the first on %n topic(s)</source>
        <translation>
            <numerusform>, among the first on %n topic</numerusform>
            <numerusform>, among the first on %n topics</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mentions, %2 of them questions or replies, %3 followers</source>
        <translation>%1 mentions, %2 of them questions or replies, %3 followers</translation>
    </message>
    <message>
        <source>%1 mentions over %2 topics, sentiment %3</source>
        <translation>%1 mentions over %2 topics, sentiment %3</translation>
    </message>
    <message>
        <source>a single mention so far</source>
        <translation>a single mention so far</translation>
    </message>
    <message>
        <source>no clear pattern yet</source>
        <translation>no clear pattern yet</translation>
    </message>
</context>
<context>
    <name>SentimentDock</name>
    <message>
        <source>Net sentiment</source>
        <translation>Net sentiment</translation>
    </message>
    <message>
        <source>Baseline: %1 a day</source>
        <translation>Baseline: %1 a day</translation>
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
        <translation>capitals</translation>
    </message>
    <message>
        <source>stretched</source>
        <translation>stretched</translation>
    </message>
    <message>
        <source>negated by %1</source>
        <translation>negated by %1</translation>
    </message>
    <message>
        <source>×0.5 before contrast</source>
        <translation>×0.5 before contrast</translation>
    </message>
    <message>
        <source>×1.5 after contrast</source>
        <translation>×1.5 after contrast</translation>
    </message>
    <message>
        <source>reversed by %1-</source>
        <translation>reversed by %1-</translation>
    </message>
    <message>
        <source>irony beside a complaint</source>
        <translation>irony beside a complaint</translation>
    </message>
    <message>
        <source>emphasised by %1</source>
        <translation>emphasised by %1</translation>
    </message>
    <message>
        <source>laughter beside a complaint</source>
        <translation>laughter beside a complaint</translation>
    </message>
    <message>
        <source>said of the past</source>
        <translation>said of the past</translation>
    </message>
    <message>
        <source>×0.5 conceded</source>
        <translation>×0.5 conceded</translation>
    </message>
    <message>
        <source>a long wait</source>
        <translation>a long wait</translation>
    </message>
</context>
<context>
    <name>SpikeDetector</name>
    <message>
        <source>Spike in volume: %1 mentions in %2 h, usually %3</source>
        <translation>Spike in volume: %1 mentions in %2 h, usually %3</translation>
    </message>
    <message>
        <source>Negative share at %1 % over %2 h, usually %3 %</source>
        <translation>Negative share at %1 % over %2 h, usually %3 %</translation>
    </message>
    <message numerus="yes">
        <source>Risk words in %n mention(s): %1</source>
        <translation>
            <numerusform>Risk words in %n mention: %1</numerusform>
            <numerusform>Risk words in %n mentions: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negative mention(s) from accounts with over %1 followers</source>
        <translation>
            <numerusform>%n negative mention from accounts with over %1 followers</numerusform>
            <numerusform>%n negative mentions from accounts with over %1 followers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicMatcher</name>
    <message>
        <source>topic &quot;%1&quot;: %2</source>
        <translation>topic &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>VocabularyWindow</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>%1 already holds %n mention(s); the demo only fills a new workspace.</source>
        <translation>
            <numerusform>%1 already holds %n mention; the demo only fills a new workspace.</numerusform>
            <numerusform>%1 already holds %n mentions; the demo only fills a new workspace.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a readable Veille workspace (the file is damaged or is not a database). It was left untouched.</source>
        <translation>%1 is not a readable Veille workspace (the file is damaged or is not a database). It was left untouched.</translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close it and try again.</source>
        <translation>%1 is in use by another program. Close it and try again.</translation>
    </message>
    <message>
        <source>%1 cannot be written. Check the permissions of the file and its folder.</source>
        <translation>%1 cannot be written. Check the permissions of the file and its folder.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Shared PostgreSQL workspaces (%1) are not available in this version yet; use a workspace file.</source>
        <translation>Shared PostgreSQL workspaces (%1) are not available in this version yet; use a workspace file.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>There is no workspace at %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot create a workspace in %1: the folder is not writable.</source>
        <translation>Cannot create a workspace in %1: the folder is not writable.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 is a folder, not a workspace file.</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (the database answered &quot;%2&quot;); put the workspace on a local disk.</source>
        <translation>%1 cannot use write-ahead logging (the database answered &quot;%2&quot;); put the workspace on a local disk.</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Veille workspace. It was left untouched.</source>
        <translation>%1 is a database, but not a Veille workspace. It was left untouched.</translation>
    </message>
    <message>
        <source>Could not save a copy of the workspace before upgrading it (%1); nothing was changed.</source>
        <translation>Could not save a copy of the workspace before upgrading it (%1); nothing was changed.</translation>
    </message>
    <message>
        <source>%1 was created by a newer version of Veille (workspace format %2; this version knows up to %3). Update Veille to open it; the file was left untouched.</source>
        <translation>%1 was created by a newer version of Veille (workspace format %2; this version knows up to %3). Update Veille to open it; the file was left untouched.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to format %1 (%2) failed: %3. Nothing was changed.</source>
        <translation>Upgrading the workspace to format %1 (%2) failed: %3. Nothing was changed.</translation>
    </message>
    <message>
        <source>an account named &quot;%1&quot; exists already</source>
        <translation>an account named &quot;%1&quot; exists already</translation>
    </message>
    <message>
        <source>there is no account named &quot;%1&quot;</source>
        <translation>there is no account named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a source named &quot;%1&quot; exists already</source>
        <translation>a source named &quot;%1&quot; exists already</translation>
    </message>
    <message>
        <source>a topic named &quot;%1&quot; exists already</source>
        <translation>a topic named &quot;%1&quot; exists already</translation>
    </message>
    <message>
        <source>its time passed while nothing was running to send it</source>
        <translation>its time passed while nothing was running to send it</translation>
    </message>
    <message>
        <source>there is no post %1</source>
        <translation>there is no post %1</translation>
    </message>
    <message>
        <source>post %1 is %2 and cannot be cancelled</source>
        <translation>post %1 is %2 and cannot be cancelled</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n post(s) waiting to be sent; cancel them first</source>
        <translation>
            <numerusform>%1 has %n post waiting to be sent; cancel them first</numerusform>
            <numerusform>%1 has %n posts waiting to be sent; cancel them first</numerusform>
        </translation>
    </message>
    <message>
        <source>post %1 is %2 and can no longer be changed</source>
        <translation>post %1 is %2 and can no longer be changed</translation>
    </message>
</context>
<context>
    <name>veille::Collector</name>
    <message>
        <source>could not store what %1 brought: %2</source>
        <translation>could not store what %1 brought: %2</translation>
    </message>
    <message>
        <source>Veille cannot read sources of kind &quot;%1&quot;</source>
        <translation>Veille cannot read sources of kind &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>veille::Connector</name>
    <message>
        <source>the query cannot be read: %1</source>
        <translation>the query cannot be read: %1</translation>
    </message>
    <message>
        <source>Bluesky search needs a signed-in account: choose one for this source</source>
        <translation>Bluesky search needs a signed-in account: choose one for this source</translation>
    </message>
    <message>
        <source>no app password for %1: sign in again</source>
        <translation>no app password for %1: sign in again</translation>
    </message>
    <message>
        <source>Bluesky did not open a session for %1</source>
        <translation>Bluesky did not open a session for %1</translation>
    </message>
    <message>
        <source>a post without a date was left out (%1)</source>
        <translation>a post without a date was left out (%1)</translation>
    </message>
    <message>
        <source>%1 refused the request (%2): sign in again or check the account</source>
        <translation>%1 refused the request (%2): sign in again or check the account</translation>
    </message>
    <message>
        <source>nothing at %1 (404): check the address</source>
        <translation>nothing at %1 (404): check the address</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid JSON (%2 at byte %3)</source>
        <translation>%1 sent an answer that is not valid JSON (%2 at byte %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feed address</source>
        <translation>&quot;%1&quot; is not a feed address</translation>
    </message>
    <message>
        <source>%1 answered without search results</source>
        <translation>%1 answered without search results</translation>
    </message>
    <message>
        <source>reading the account&apos;s mentions needs a signed-in account</source>
        <translation>reading the account&apos;s mentions needs a signed-in account</translation>
    </message>
    <message>
        <source>%1 answered something other than a list of posts</source>
        <translation>%1 answered something other than a list of posts</translation>
    </message>
    <message>
        <source>%1 answered something other than a listing</source>
        <translation>%1 answered something other than a listing</translation>
    </message>
    <message>
        <source>a YouTube source needs the channel id (UC…) as its query</source>
        <translation>a YouTube source needs the channel id (UC…) as its query</translation>
    </message>
    <message>
        <source>the query has no word to search for on %1</source>
        <translation>the query has no word to search for on %1</translation>
    </message>
</context>
<context>
    <name>veille::HttpClient</name>
    <message>
        <source>%1 asked to wait until %2 before the next request</source>
        <translation>%1 asked to wait until %2 before the next request</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>the answer is larger than %1 MB</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>no answer from %1 within %2 s</translation>
    </message>
    <message>
        <source>%1 limits the request rate; next try after %2</source>
        <translation>%1 limits the request rate; next try after %2</translation>
    </message>
    <message>
        <source>%1 limits the request rate</source>
        <translation>%1 limits the request rate</translation>
    </message>
    <message>
        <source>the answer from %1 was cut short: %2</source>
        <translation>the answer from %1 was cut short: %2</translation>
    </message>
    <message>
        <source>%1 answered %2 %3</source>
        <translation>%1 answered %2 %3</translation>
    </message>
</context>
<context>
    <name>veille::SecretStore</name>
    <message>
        <source>no secret is stored for this account</source>
        <translation>no secret is stored for this account</translation>
    </message>
    <message>
        <source>no keychain is available on this computer (%1); the secret can be kept for this session only</source>
        <translation>no keychain is available on this computer (%1); the secret can be kept for this session only</translation>
    </message>
    <message>
        <source>the keychain refused access: %1</source>
        <translation>the keychain refused access: %1</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>the keychain failed: %1</translation>
    </message>
</context>
<context>
    <name>veille::ui::AccountsWindow</name>
    <message>
        <source>browser sign-in</source>
        <translation>browser sign-in</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>access token</translation>
    </message>
    <message>
        <source>app password</source>
        <translation>app password</translation>
    </message>
    <message>
        <source>demo (no secret)</source>
        <translation>demo (no secret)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation>&amp;Keep for this session only</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancel sign-in</translation>
    </message>
    <message>
        <source>Publishing accounts</source>
        <translation>Publishing accounts</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Signed in with</source>
        <translation>Signed in with</translation>
    </message>
    <message>
        <source>Post length</source>
        <translation>Post length</translation>
    </message>
    <message>
        <source>Add a &amp;Mastodon account…</source>
        <translation>Add a &amp;Mastodon account…</translation>
    </message>
    <message>
        <source>Add a &amp;Bluesky account…</source>
        <translation>Add a &amp;Bluesky account…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation>mastodon.social</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instance:</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Sign in with the &amp;browser</translation>
    </message>
    <message>
        <source>made in Preferences › Development on the instance</source>
        <translation>made in Preferences › Development on the instance</translation>
    </message>
    <message>
        <source>Add with this &amp;token</source>
        <translation>Add with this &amp;token</translation>
    </message>
    <message>
        <source>Or an access &amp;token:</source>
        <translation>Or an access &amp;token:</translation>
    </message>
    <message>
        <source>brand.bsky.social</source>
        <translation>brand.bsky.social</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Handle:</translation>
    </message>
    <message>
        <source>xxxx-xxxx-xxxx-xxxx</source>
        <translation>xxxx-xxxx-xxxx-xxxx</translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation>App &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Make an app password in Bluesky: Settings › Privacy and security › App passwords. Never use the account&apos;s own password.</source>
        <translation>Make an app password in Bluesky: Settings › Privacy and security › App passwords. Never use the account&apos;s own password.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>If the browser did not open, open &lt;a href=&quot;%1&quot;&gt;this address&lt;/a&gt; in it.</source>
        <translation>If the browser did not open, open &lt;a href=&quot;%1&quot;&gt;this address&lt;/a&gt; in it.</translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>The account was not added: %1</translation>
    </message>
    <message>
        <source>The secret cannot go to the keychain: %1. Keep it for this session only (you will sign in again next time), or cancel.</source>
        <translation>The secret cannot go to the keychain: %1. Keep it for this session only (you will sign in again next time), or cancel.</translation>
    </message>
    <message>
        <source>%1 is removed; its access is revoked.</source>
        <translation>%1 is removed; its access is revoked.</translation>
    </message>
    <message>
        <source>%1 is removed. Note: %2</source>
        <translation>%1 is removed. Note: %2</translation>
    </message>
    <message>
        <source>network default</source>
        <translation>network default</translation>
    </message>
    <message>
        <source>Write the instance&apos;s address first, for example mastodon.social.</source>
        <translation>Write the instance&apos;s address first, for example mastodon.social.</translation>
    </message>
    <message>
        <source>Write the instance&apos;s address and paste the access token.</source>
        <translation>Write the instance&apos;s address and paste the access token.</translation>
    </message>
    <message>
        <source>Write the handle and the app password.</source>
        <translation>Write the handle and the app password.</translation>
    </message>
    <message>
        <source>%1 is added; Veille can publish with it.</source>
        <translation>%1 is added; Veille can publish with it.</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Remove the account</translation>
    </message>
    <message>
        <source>Remove %1? Veille will no longer publish with it, and its sent posts leave the queue.</source>
        <translation>Remove %1? Veille will no longer publish with it, and its sent posts leave the queue.</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>The account was not removed: %1</translation>
    </message>
</context>
<context>
    <name>veille::ui::AuthorListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Avg. sentiment</source>
        <translation>Avg. sentiment</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Suspicious audience: %1</source>
        <translation>Suspicious audience: %1</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassador</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Detractor</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Suspicious</translation>
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
        <translation>Community</translation>
    </message>
    <message>
        <source>Their &amp;mentions</source>
        <translation>Their &amp;mentions</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Tag…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <source>&amp;Link identities…</source>
        <translation>&amp;Link identities…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <source>Mark as &amp;ambassador</source>
        <translation>Mark as &amp;ambassador</translation>
    </message>
    <message>
        <source>Search by name or handle…</source>
        <translation>Search by name or handle…</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>Every segment</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Ambassadors</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>Suspicious audience</source>
        <translation>Suspicious audience</translation>
    </message>
    <message>
        <source>No segment yet</source>
        <translation>No segment yet</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>All networks</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Any sentiment</source>
        <translation>Any sentiment</translation>
    </message>
    <message>
        <source>Select a member to see who they are.</source>
        <translation>Select a member to see who they are.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Tags, separated by commas:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A note for the team (never published):</source>
        <translation>A note for the team (never published):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ambassadors&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ambassadors&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Detractors&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Detractors&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suspicious&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Suspicious&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Members in each segment now; in brackets, the change over the last 30 days</source>
        <translation>Members in each segment now; in brackets, the change over the last 30 days</translation>
    </message>
    <message>
        <source>%1 followers, follows %2</source>
        <translation>%1 followers, follows %2</translation>
    </message>
    <message>
        <source>%1 mentions from %2 to %3 · average sentiment %4 · %5 interactions · estimated reach %6</source>
        <translation>%1 mentions from %2 to %3 · average sentiment %4 · %5 interactions · estimated reach %6</translation>
    </message>
    <message>
        <source>Ambassador (marked by the team)</source>
        <translation>Ambassador (marked by the team)</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassador</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Detractor</translation>
    </message>
    <message>
        <source>Suspicious audience: %1</source>
        <translation>Suspicious audience: %1</translation>
    </message>
    <message>
        <source>Sentiment week by week:</source>
        <translation>Sentiment week by week:</translation>
    </message>
    <message>
        <source>Segment history:</source>
        <translation>Segment history:</translation>
    </message>
    <message>
        <source>Member “%1”, also: %2</source>
        <translation>Member “%1”, also: %2</translation>
    </message>
    <message>
        <source>no other identity</source>
        <translation>no other identity</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Unmark &amp;ambassador</source>
        <translation>Unmark &amp;ambassador</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Link identities</source>
        <translation>Link identities</translation>
    </message>
    <message>
        <source>The same person&apos;s other accounts (handles or ids, separated by commas):</source>
        <translation>The same person&apos;s other accounts (handles or ids, separated by commas):</translation>
    </message>
    <message>
        <source>The member&apos;s name:</source>
        <translation>The member&apos;s name:</translation>
    </message>
    <message>
        <source>Segment &amp;rules…</source>
        <translation>Segment &amp;rules…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>The selected members, or all those the filters show, to CSV</source>
        <translation>The selected members, or all those the filters show, to CSV</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Export members</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>community.csv</source>
        <translation>community.csv</translation>
    </message>
    <message>
        <source>Talks about: %1</source>
        <translation>Talks about: %1</translation>
    </message>
</context>
<context>
    <name>veille::ui::ComposerDialog</name>
    <message>
        <source>shown on request</source>
        <translation>shown on request</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>no description</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Now</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;At</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Save as &amp;draft</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <source>What do you want to say?</source>
        <translation>What do you want to say?</translation>
    </message>
    <message>
        <source>Text for every account</source>
        <translation>Text for every account</translation>
    </message>
    <message>
        <source>optional; the text is hidden behind it</source>
        <translation>optional; the text is hidden behind it</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Unlisted</translation>
    </message>
    <message>
        <source>Followers only</source>
        <translation>Followers only</translation>
    </message>
    <message>
        <source>Mentioned people only</source>
        <translation>Mentioned people only</translation>
    </message>
    <message>
        <source>Detect from the text</source>
        <translation>Detect from the text</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Content &amp;warning (Mastodon):</source>
        <translation>Content &amp;warning (Mastodon):</translation>
    </message>
    <message>
        <source>&amp;Visibility (Mastodon):</source>
        <translation>&amp;Visibility (Mastodon):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Describe the selected image for people who cannot see it</source>
        <translation>Describe the selected image for people who cannot see it</translation>
    </message>
    <message>
        <source>Add an &amp;image…</source>
        <translation>Add an &amp;image…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (this computer)</translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation>&amp;Publish now</translation>
    </message>
    <message>
        <source>Publish with:</source>
        <translation>Publish with:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>%1 — %2 (up to %3)</source>
        <translation>%1 — %2 (up to %3)</translation>
    </message>
    <message>
        <source>There is no publishing account yet: add one in Publishing › Accounts…</source>
        <translation>There is no publishing account yet: add one in Publishing › Accounts…</translation>
    </message>
    <message>
        <source>Edit post %1</source>
        <translation>Edit post %1</translation>
    </message>
    <message>
        <source>Add an image</source>
        <translation>Add an image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>A different text for %1</source>
        <translation>A different text for %1</translation>
    </message>
    <message>
        <source>Choose at least one account.</source>
        <translation>Choose at least one account.</translation>
    </message>
    <message>
        <source>The text for %1 is empty.</source>
        <translation>The text for %1 is empty.</translation>
    </message>
    <message>
        <source>The text for %1 is %2 too long (%3 of %4).</source>
        <translation>The text for %1 is %2 too long (%3 of %4).</translation>
    </message>
    <message>
        <source>%1 takes at most %2 images.</source>
        <translation>%1 takes at most %2 images.</translation>
    </message>
    <message>
        <source>That time has passed; choose a later one or Now.</source>
        <translation>That time has passed; choose a later one or Now.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose an account to see the post as its network will show it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Choose an account to see the post as its network will show it.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Describe every image: people who cannot see it rely on the description.</source>
        <translation>Describe every image: people who cannot see it rely on the description.</translation>
    </message>
    <message>
        <source>The post was not saved: %1</source>
        <translation>The post was not saved: %1</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Reply to %1</translation>
    </message>
    <message>
        <source>In reply to %1 on %2: “%3”</source>
        <translation>In reply to %1 on %2: “%3”</translation>
    </message>
    <message>
        <source>There is no %1 account to answer from; add one in Publishing › Accounts…</source>
        <translation>There is no %1 account to answer from; add one in Publishing › Accounts…</translation>
    </message>
    <message>
        <source>Detect from the text: French</source>
        <translation>Detect from the text: French</translation>
    </message>
    <message>
        <source>Detect from the text: English</source>
        <translation>Detect from the text: English</translation>
    </message>
</context>
<context>
    <name>veille::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <source>Explore the &amp;demo workspace</source>
        <translation>Explore the &amp;demo workspace</translation>
    </message>
    <message>
        <source>Add a &amp;source…</source>
        <translation>Add a &amp;source…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Veille</source>
        <translation>&amp;About Veille</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Preparing the demo workspace…</translation>
    </message>
    <message>
        <source>Preparing the demo workspace… day %1 of %2</source>
        <translation>Preparing the demo workspace… day %1 of %2</translation>
    </message>
    <message>
        <source>Could not create the demo</source>
        <translation>Could not create the demo</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>Veille workspaces (*.sqlite)</source>
        <translation>Veille workspaces (*.sqlite)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Veille workspaces (*.sqlite);;All files (*)</source>
        <translation>Veille workspaces (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>About Veille</source>
        <translation>About Veille</translation>
    </message>
    <message>
        <source>&lt;b&gt;Veille %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Veille %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Social listening and community management on your desktop. Your data stays on your computer.</source>
        <translation>Social listening and community management on your desktop. Your data stays on your computer.</translation>
    </message>
    <message>
        <source>&amp;Listening</source>
        <translation>&amp;Listening</translation>
    </message>
    <message>
        <source>&amp;Sources and topics…</source>
        <translation>&amp;Sources and topics…</translation>
    </message>
    <message>
        <source>Add a &amp;topic…</source>
        <translation>Add a &amp;topic…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Veille: %n alert(s)</source>
        <translation>
            <numerusform>Veille: %n alert</numerusform>
            <numerusform>Veille: %n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Open a workspace first.</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) exported to %1</source>
        <translation>
            <numerusform>%n mention exported to %1</numerusform>
            <numerusform>%n mentions exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported to %1</source>
        <translation>
            <numerusform>%n member exported to %1</numerusform>
            <numerusform>%n members exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) exported to %1</source>
        <translation>
            <numerusform>%n post exported to %1</numerusform>
            <numerusform>%n posts exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Post %1 published: %2</source>
        <translation>Post %1 published: %2</translation>
    </message>
    <message>
        <source>Post %1 was not published: %2</source>
        <translation>Post %1 was not published: %2</translation>
    </message>
    <message>
        <source>&amp;Publishing</source>
        <translation>&amp;Publishing</translation>
    </message>
    <message>
        <source>&amp;New post…</source>
        <translation>&amp;New post…</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendar</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <source>Brand &amp;vocabulary…</source>
        <translation>Brand &amp;vocabulary…</translation>
    </message>
    <message>
        <source>Scoring the workspace again with what Veille learnt: %1 %</source>
        <translation>Scoring the workspace again with what Veille learnt: %1 %</translation>
    </message>
    <message>
        <source>Workspace scored again: %1 of %2 mentions read differently now</source>
        <translation>Workspace scored again: %1 of %2 mentions read differently now</translation>
    </message>
    <message>
        <source>The workspace was not scored again: %1</source>
        <translation>The workspace was not scored again: %1</translation>
    </message>
</context>
<context>
    <name>veille::ui::MentionDetail</name>
    <message>
        <source>Select a mention to read it here.</source>
        <translation>Select a mention to read it here.</translation>
    </message>
    <message numerus="yes">
        <source>%n follower(s)</source>
        <translation>
            <numerusform>%n follower</numerusform>
            <numerusform>%n followers</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Topics: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Sentiment: %1 (%2)</source>
        <translation>Sentiment: %1 (%2)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>The engine reads it now: %1</source>
        <translation>The engine reads it now: %1</translation>
    </message>
    <message>
        <source>The engine reads it now: %1 (%2)</source>
        <translation>The engine reads it now: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>veille::ui::MentionListModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
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
        <translation>Search mentions…</translation>
    </message>
    <message>
        <source>All sentiments</source>
        <translation>All sentiments</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) shown</source>
        <translation>
            <numerusform>%n mention shown</numerusform>
            <numerusform>%n mentions shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load mentions: %1</source>
        <translation>Could not load mentions: %1</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>All networks</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>%1 (%2 unread)</source>
        <translation>%1 (%2 unread)</translation>
    </message>
    <message>
        <source>Mark &amp;read</source>
        <translation>Mark &amp;read</translation>
    </message>
    <message>
        <source>Mark &amp;unread</source>
        <translation>Mark &amp;unread</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>&amp;Open original</source>
        <translation>&amp;Open original</translation>
    </message>
    <message>
        <source>R&amp;esolve</source>
        <translation>R&amp;esolve</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Tag…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>Tags, separated by commas:</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Assign…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Assign to (a teammate&apos;s name; empty to unassign):</source>
        <translation>Assign to (a teammate&apos;s name; empty to unassign):</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private note</translation>
    </message>
    <message>
        <source>A note for the team (never published):</source>
        <translation>A note for the team (never published):</translation>
    </message>
    <message>
        <source>Correct the &amp;sentiment…</source>
        <translation>Correct the &amp;sentiment…</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>This mention is, in fact:</source>
        <translation>This mention is, in fact:</translation>
    </message>
    <message>
        <source>Chosen on the chart</source>
        <translation>Chosen on the chart</translation>
    </message>
    <message>
        <source>Chosen on the chart: %1</source>
        <translation>Chosen on the chart: %1</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xport to CSV…</translation>
    </message>
    <message>
        <source>The selected mentions, or all those the filters show</source>
        <translation>The selected mentions, or all those the filters show</translation>
    </message>
    <message>
        <source>Export mentions</source>
        <translation>Export mentions</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>mentions.csv</source>
        <translation>mentions.csv</translation>
    </message>
    <message>
        <source>Only %1 ✕</source>
        <translation>Only %1 ✕</translation>
    </message>
    <message>
        <source>Show every author&apos;s mentions again</source>
        <translation>Show every author&apos;s mentions again</translation>
    </message>
    <message>
        <source>Re&amp;ply…</source>
        <translation>Re&amp;ply…</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) shown, more as you scroll</source>
        <translation>
            <numerusform>%n mention shown, more as you scroll</numerusform>
            <numerusform>%n mentions shown, more as you scroll</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veille::ui::OverviewView</name>
    <message>
        <source>%1% vs previous 7 days</source>
        <translation>%1% vs previous 7 days</translation>
    </message>
    <message>
        <source>Mentions, last 7 days</source>
        <translation>Mentions, last 7 days</translation>
    </message>
    <message>
        <source>Net sentiment, last 7 days</source>
        <translation>Net sentiment, last 7 days</translation>
    </message>
    <message>
        <source>Negative share, last 7 days</source>
        <translation>Negative share, last 7 days</translation>
    </message>
    <message>
        <source>Mentions waiting for you</source>
        <translation>Mentions waiting for you</translation>
    </message>
    <message>
        <source>Going out today</source>
        <translation>Going out today</translation>
    </message>
    <message>
        <source>Nothing scheduled today.</source>
        <translation>Nothing scheduled today.</translation>
    </message>
    <message>
        <source>%1 vs previous 7 days</source>
        <translation>%1 vs previous 7 days</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1% the previous 7 days</source>
        <translation>%1% the previous 7 days</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) caused it</source>
        <translation>
            <numerusform>%n mention caused it</numerusform>
            <numerusform>%n mentions caused it</numerusform>
        </translation>
    </message>
    <message>
        <source>No open alert: nothing unusual in the last 24 hours.</source>
        <translation>No open alert: nothing unusual in the last 24 hours.</translation>
    </message>
    <message>
        <source>Baseline (%1): %2 a day, now %3</source>
        <translation>Baseline (%1): %2 a day, now %3</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Baseline: %1</translation>
    </message>
    <message>
        <source>Baseline: %1%</source>
        <translation>Baseline: %1%</translation>
    </message>
</context>
<context>
    <name>veille::ui::PostCalendar</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <source>planned at %1 in %2</source>
        <translation>planned at %1 in %2</translation>
    </message>
    <message>
        <source>Drag to move it; double-click to edit it.</source>
        <translation>Drag to move it; double-click to edit it.</translation>
    </message>
    <message>
        <source>%1 — already passed</source>
        <translation>%1 — already passed</translation>
    </message>
    <message>
        <source>%1 has already passed; drop the post on a later time.</source>
        <translation>%1 has already passed; drop the post on a later time.</translation>
    </message>
</context>
<context>
    <name>veille::ui::PostListModel</name>
    <message>
        <source>Not scheduled</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
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
        <translation>Scheduled posts</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xport to CSV…</translation>
    </message>
    <message>
        <source>The selected posts, or the whole queue</source>
        <translation>The selected posts, or the whole queue</translation>
    </message>
    <message>
        <source>Export posts</source>
        <translation>Export posts</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>posts.csv</source>
        <translation>posts.csv</translation>
    </message>
    <message>
        <source>&amp;New post…</source>
        <translation>&amp;New post…</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · times in %2</source>
        <translation>%1 · times in %2</translation>
    </message>
    <message>
        <source>Post %1 has gone out and can no longer be changed.</source>
        <translation>Post %1 has gone out and can no longer be changed.</translation>
    </message>
    <message>
        <source>&amp;Open the published post</source>
        <translation>&amp;Open the published post</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Send now</translation>
    </message>
    <message>
        <source>&amp;Cancel the post</source>
        <translation>&amp;Cancel the post</translation>
    </message>
</context>
<context>
    <name>veille::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>A new language applies the next time Veille starts.</source>
        <translation>A new language applies the next time Veille starts.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>How many standard deviations above the week before a day must be</source>
        <translation>How many standard deviations above the week before a day must be</translation>
    </message>
    <message>
        <source>Sensitivity (k):</source>
        <translation>Sensitivity (k):</translation>
    </message>
    <message>
        <source>Fewest mentions for a spike:</source>
        <translation>Fewest mentions for a spike:</translation>
    </message>
    <message>
        <source>Large audience from (followers):</source>
        <translation>Large audience from (followers):</translation>
    </message>
    <message>
        <source>Risk words:</source>
        <translation>Risk words:</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A post whose time passed while Veille was closed is still sent when it opens, up to this long after; older ones are marked missed for you to decide.</source>
        <translation>A post whose time passed while Veille was closed is still sent when it opens, up to this long after; older ones are marked missed for you to decide.</translation>
    </message>
    <message>
        <source>Send late posts up to:</source>
        <translation>Send late posts up to:</translation>
    </message>
    <message>
        <source>Alerts of this workspace (shared by its team)</source>
        <translation>Alerts of this workspace (shared by its team)</translation>
    </message>
    <message>
        <source>Open a workspace to change its alert rules</source>
        <translation>Open a workspace to change its alert rules</translation>
    </message>
    <message>
        <source>The alert rules could not be read: %1</source>
        <translation>The alert rules could not be read: %1</translation>
    </message>
</context>
<context>
    <name>veille::ui::ReportDialog</name>
    <message>
        <source>&amp;Open the PDF when it is written</source>
        <translation>&amp;Open the PDF when it is written</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>The brand</source>
        <translation>The brand</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Pa&amp;per:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Quoted mentions</source>
        <translation>Quoted mentions</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Shown on the cover and in the footer</source>
        <translation>Shown on the cover and in the footer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG</source>
        <translation>PNG, JPEG or SVG</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Colo&amp;ur:</source>
        <translation>Colo&amp;ur:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The report&apos;s figures could not be read: %1</source>
        <translation>The report&apos;s figures could not be read: %1</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Computing the figures…</translation>
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
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Veille report %1.pdf</source>
        <translation>Veille report %1.pdf</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>The report was not written: %1</translation>
    </message>
</context>
<context>
    <name>veille::ui::SegmentRulesDialog</name>
    <message>
        <source>Segment rules</source>
        <translation>Segment rules</translation>
    </message>
    <message>
        <source>The period looked at</source>
        <translation>The period looked at</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Days:</translation>
    </message>
    <message>
        <source>Enthusiasts: frequent, mostly positive</source>
        <translation>Enthusiasts: frequent, mostly positive</translation>
    </message>
    <message>
        <source>At least this many mentions:</source>
        <translation>At least this many mentions:</translation>
    </message>
    <message>
        <source>Positive, at least:</source>
        <translation>Positive, at least:</translation>
    </message>
    <message>
        <source>Show-offs: a large audience their mentions hardly move</source>
        <translation>Show-offs: a large audience their mentions hardly move</translation>
    </message>
    <message>
        <source>Followers, at least:</source>
        <translation>Followers, at least:</translation>
    </message>
    <message>
        <source>Interactions per thousand followers, under:</source>
        <translation>Interactions per thousand followers, under:</translation>
    </message>
    <message>
        <source>Timid: rare, small audience, asking or replying</source>
        <translation>Timid: rare, small audience, asking or replying</translation>
    </message>
    <message>
        <source>At most this many mentions:</source>
        <translation>At most this many mentions:</translation>
    </message>
    <message>
        <source>Followers, at most:</source>
        <translation>Followers, at most:</translation>
    </message>
    <message>
        <source>Questions or replies, at least:</source>
        <translation>Questions or replies, at least:</translation>
    </message>
    <message>
        <source>Indifferent: sporadic, neutral, here and there</source>
        <translation>Indifferent: sporadic, neutral, here and there</translation>
    </message>
    <message>
        <source>Average sentiment within ±</source>
        <translation>Average sentiment within ±</translation>
    </message>
    <message>
        <source>Blasé: once active and positive, now quiet or souring</source>
        <translation>Blasé: once active and positive, now quiet or souring</translation>
    </message>
    <message>
        <source>Mentions before, at least:</source>
        <translation>Mentions before, at least:</translation>
    </message>
    <message>
        <source>Recent days:</source>
        <translation>Recent days:</translation>
    </message>
    <message>
        <source>Recent activity, at most:</source>
        <translation>Recent activity, at most:</translation>
    </message>
    <message>
        <source>Ambassadors and detractors</source>
        <translation>Ambassadors and detractors</translation>
    </message>
    <message>
        <source>Average sentiment beyond ±</source>
        <translation>Average sentiment beyond ±</translation>
    </message>
    <message>
        <source>Or interactions a mention, at least:</source>
        <translation>Or interactions a mention, at least:</translation>
    </message>
    <message>
        <source>Suspicious audience</source>
        <translation>Suspicious audience</translation>
    </message>
    <message>
        <source>Followers multiplied between two observations by:</source>
        <translation>Followers multiplied between two observations by:</translation>
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
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentions per day by sentiment</source>
        <translation>Mentions per day by sentiment</translation>
    </message>
    <message>
        <source>%1 mentions · net sentiment %2</source>
        <translation>%1 mentions · net sentiment %2</translation>
    </message>
    <message>
        <source>%1 mentions</source>
        <translation>%1 mentions</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Share of voice</source>
        <translation>Share of voice</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4 mentions — click to read them</source>
        <translation>%1: %2 %3 of %4 mentions — click to read them</translation>
    </message>
    <message>
        <source>Top terms: %1</source>
        <translation>Top terms: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Top hashtags: %1</source>
        <translation>Top hashtags: %1</translation>
    </message>
    <message>
        <source>Share of voice: %1</source>
        <translation>Share of voice: %1</translation>
    </message>
    <message>
        <source>Save as &amp;baseline</source>
        <translation>Save as &amp;baseline</translation>
    </message>
    <message>
        <source>Keep this period&apos;s figures to measure progress against</source>
        <translation>Keep this period&apos;s figures to measure progress against</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>The baseline was not saved: %1</source>
        <translation>The baseline was not saved: %1</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Last day of the period</translation>
    </message>
</context>
<context>
    <name>veille::ui::SourceDialog</name>
    <message>
        <source>Nothing came back: %1</source>
        <translation>Nothing came back: %1</translation>
    </message>
    <message>
        <source>Nothing new since the last poll (the server said so).</source>
        <translation>Nothing new since the last poll (the server said so).</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) matched.</source>
        <translation>
            <numerusform>%n mention matched.</numerusform>
            <numerusform>%n mentions matched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll this source</source>
        <translation>Poll this source</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>&amp;Try it</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Add a source</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only where the network needs a signed-in account</source>
        <translation>Only where the network needs a signed-in account</translation>
    </message>
    <message>
        <source>Try the source to see what it brings, before saving it.</source>
        <translation>Try the source to see what it brings, before saving it.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Network:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Search for:</source>
        <translation>Search for:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Every:</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Asking %1…</translation>
    </message>
    <message>
        <source>Edit the source</source>
        <translation>Edit the source</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>https://example.com/feed.xml</source>
        <translation>https://example.com/feed.xml</translation>
    </message>
    <message>
        <source>Leave empty for the network&apos;s usual address</source>
        <translation>Leave empty for the network&apos;s usual address</translation>
    </message>
    <message>
        <source>Optional: keep only items matching this query</source>
        <translation>Optional: keep only items matching this query</translation>
    </message>
    <message>
        <source>The channel id, e.g. UCxxxxxxxxxxxxxxxxxxxxxx</source>
        <translation>The channel id, e.g. UCxxxxxxxxxxxxxxxxxxxxxx</translation>
    </message>
    <message>
        <source>e.g. #yourbrand, or words; empty: the account&apos;s mentions</source>
        <translation>e.g. #yourbrand, or words; empty: the account&apos;s mentions</translation>
    </message>
    <message>
        <source>e.g. yourbrand OR &quot;your brand&quot; -job</source>
        <translation>e.g. yourbrand OR &quot;your brand&quot; -job</translation>
    </message>
    <message>
        <source>Follow a blog, a news site or a Google Alerts feed through its RSS or Atom feed.</source>
        <translation>Follow a blog, a news site or a Google Alerts feed through its RSS or Atom feed.</translation>
    </message>
    <message>
        <source>Videos of the channel come from its public feed; with an API key as the account, their comments too.</source>
        <translation>Videos of the channel come from its public feed; with an API key as the account, their comments too.</translation>
    </message>
    <message>
        <source>Veille will search %1 at regular intervals. Words, &quot;exact phrases&quot;, #hashtags, @accounts, OR, -excluded, lang:fr.</source>
        <translation>Veille will search %1 at regular intervals. Words, &quot;exact phrases&quot;, #hashtags, @accounts, OR, -excluded, lang:fr.</translation>
    </message>
    <message>
        <source>The query cannot be read at character %1: %2</source>
        <translation>The query cannot be read at character %1: %2</translation>
    </message>
</context>
<context>
    <name>veille::ui::SourceListModel</name>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Last error (%1): %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Last success</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Next poll</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>New mentions brought by the last successful poll</source>
        <translation>New mentions brought by the last successful poll</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
</context>
<context>
    <name>veille::ui::SourcesWindow</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Fetch now</source>
        <translation>&amp;Fetch now</translation>
    </message>
    <message>
        <source>Sources and topics</source>
        <translation>Sources and topics</translation>
    </message>
    <message>
        <source>Choose a source and fetch it now to see what comes back.</source>
        <translation>Choose a source and fetch it now to see what comes back.</translation>
    </message>
    <message>
        <source>&amp;Add a source…</source>
        <translation>&amp;Add a source…</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>&amp;Add a topic…</source>
        <translation>&amp;Add a topic…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <source>Brand or theme</source>
        <translation>Brand or theme</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; added; it is fetched in a moment.</source>
        <translation>Source &quot;%1&quot; added; it is fetched in a moment.</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; saved.</source>
        <translation>Source &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>Remove the source &quot;%1&quot;? The mentions it brought stay in the workspace.</source>
        <translation>Remove the source &quot;%1&quot;? The mentions it brought stay in the workspace.</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; removed.</source>
        <translation>Source &quot;%1&quot; removed.</translation>
    </message>
    <message>
        <source>What came back from %1:</source>
        <translation>What came back from %1:</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Fetching…</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; added; new mentions are matched against it.</source>
        <translation>Topic &quot;%1&quot; added; new mentions are matched against it.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; saved.</source>
        <translation>Topic &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>Remove the topic &quot;%1&quot;? Its mentions stay, without this topic.</source>
        <translation>Remove the topic &quot;%1&quot;? Its mentions stay, without this topic.</translation>
    </message>
    <message>
        <source>Topic &quot;%1&quot; removed.</source>
        <translation>Topic &quot;%1&quot; removed.</translation>
    </message>
    <message>
        <source>Its name weighs nothing in sentiment now; the stored mentions are being scored again.</source>
        <translation>Its name weighs nothing in sentiment now; the stored mentions are being scored again.</translation>
    </message>
</context>
<context>
    <name>veille::ui::TopicDialog</name>
    <message>
        <source>This is a competitor (for share of voice)</source>
        <translation>This is a competitor (for share of voice)</translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation>Add a topic</translation>
    </message>
    <message>
        <source>e.g. Lumen</source>
        <translation>e.g. Lumen</translation>
    </message>
    <message>
        <source>e.g. lumen OR #lumenpanne OR &quot;lampe lumen&quot; -emploi</source>
        <translation>e.g. lumen OR #lumenpanne OR &quot;lampe lumen&quot; -emploi</translation>
    </message>
    <message>
        <source>Words match whatever the case and accents. Use &quot;quotes&quot; for an exact phrase, OR between alternatives, - or NOT to exclude, #hashtag, @account, lang:fr, network:reddit, and a * for a prefix.</source>
        <translation>Words match whatever the case and accents. Use &quot;quotes&quot; for an exact phrase, OR between alternatives, - or NOT to exclude, #hashtag, @account, lang:fr, network:reddit, and a * for a prefix.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Query:</translation>
    </message>
    <message>
        <source>Edit the topic</source>
        <translation>Edit the topic</translation>
    </message>
    <message>
        <source>The query cannot be read at character %1: %2</source>
        <translation>The query cannot be read at character %1: %2</translation>
    </message>
    <message>
        <source>As words, “%1” reads as praise (%2): mentions that write it in lower case or first in a sentence would lean positive.</source>
        <translation>As words, “%1” reads as praise (%2): mentions that write it in lower case or first in a sentence would lean positive.</translation>
    </message>
    <message>
        <source>As words, “%1” reads as criticism (%2): mentions that write it in lower case or first in a sentence would lean negative.</source>
        <translation>As words, “%1” reads as criticism (%2): mentions that write it in lower case or first in a sentence would lean negative.</translation>
    </message>
    <message>
        <source>Read “%1” as a name: its words weigh nothing in sentiment</source>
        <translation>Read “%1” as a name: its words weigh nothing in sentiment</translation>
    </message>
</context>
<context>
    <name>veille::ui::VocabularyWindow</name>
    <message>
        <source>Brand vocabulary</source>
        <translation>Brand vocabulary</translation>
    </message>
    <message>
        <source>Words and phrases that mean something particular for the brand, with a score from -5 (very negative) to 5 (very positive). They weigh more than the built-in lexicons and than what corrections taught. The whole team shares them.</source>
        <translation>Words and phrases that mean something particular for the brand, with a score from -5 (very negative) to 5 (very positive). They weigh more than the built-in lexicons and than what corrections taught. The whole team shares them.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>e.g. coup de cœur</source>
        <translation>e.g. coup de cœur</translation>
    </message>
    <message>
        <source>&amp;Add or change</source>
        <translation>&amp;Add or change</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>&amp;Import a list…</translation>
    </message>
    <message>
        <source>A text file with one term&lt;TAB&gt;score per line</source>
        <translation>A text file with one term&lt;TAB&gt;score per line</translation>
    </message>
    <message>
        <source>Import a list of terms</source>
        <translation>Import a list of terms</translation>
    </message>
    <message>
        <source>Term lists (*.tsv *.txt);;All files (*)</source>
        <translation>Term lists (*.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Score the &amp;workspace again</source>
        <translation>Score the &amp;workspace again</translation>
    </message>
    <message>
        <source>Every stored mention is scored again in the background with what Veille knows now; the ones you corrected keep your label.</source>
        <translation>Every stored mention is scored again in the background with what Veille knows now; the ones you corrected keep your label.</translation>
    </message>
    <message>
        <source>Write the term first.</source>
        <translation>Write the term first.</translation>
    </message>
    <message>
        <source>“%1” is in the vocabulary.</source>
        <translation>“%1” is in the vocabulary.</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) removed.</source>
        <translation>
            <numerusform>%n term removed.</numerusform>
            <numerusform>%n terms removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) imported from %1.</source>
        <translation>
            <numerusform>%n term imported from %1.</numerusform>
            <numerusform>%n terms imported from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines not understood (expected term&lt;TAB&gt;score from -5 to 5): %1.</source>
        <translation>Lines not understood (expected term&lt;TAB&gt;score from -5 to 5): %1.</translation>
    </message>
    <message>
        <source>A term is one word or a phrase of up to four words.</source>
        <translation>A term is one word or a phrase of up to four words.</translation>
    </message>
</context>
<context>
    <name>veille::ui::WelcomeView</name>
    <message>
        <source>Add a source</source>
        <translation>Add a source</translation>
    </message>
    <message>
        <source>Explore the demo workspace</source>
        <translation>Explore the demo workspace</translation>
    </message>
    <message>
        <source>Welcome to Veille</source>
        <translation>Welcome to Veille</translation>
    </message>
    <message>
        <source>Veille listens to what is said about your brand on Mastodon, Bluesky, Reddit, Hacker News, YouTube and the web, keeps it on this computer, and helps you answer, follow sentiment and report to management.

Start by telling Veille where to listen, or look around a demo workspace first.</source>
        <translation>Veille listens to what is said about your brand on Mastodon, Bluesky, Reddit, Hacker News, YouTube and the web, keeps it on this computer, and helps you answer, follow sentiment and report to management.

Start by telling Veille where to listen, or look around a demo workspace first.</translation>
    </message>
</context>
</TS>
