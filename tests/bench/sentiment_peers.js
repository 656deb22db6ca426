// Scores stdin lines with an open peer, for tests/bench/sentiment_eval.py.
// Usage: node sentiment_peers.js vader|afinn|multilang-fr  (NODE_PATH = the peers' node_modules)
// Prints one label per line (positive, negative, neutral), then the elapsed seconds on stderr.
const peer = process.argv[2];
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
if (lines.length && lines[lines.length - 1] === '') lines.pop();
let score;
if (peer === 'vader') {
  const vader = require('vader-sentiment');
  score = (t) => {
    const c = vader.SentimentIntensityAnalyzer.polarity_scores(t).compound;
    return c >= 0.05 ? 'positive' : c <= -0.05 ? 'negative' : 'neutral';
  };
} else if (peer === 'afinn') {
  const Sentiment = require('sentiment');
  const s = new Sentiment();
  score = (t) => { const v = s.analyze(t).score; return v > 0 ? 'positive' : v < 0 ? 'negative' : 'neutral'; };
} else if (peer === 'multilang-fr') {
  const sentiment = require('multilang-sentiment');
  score = (t) => { const v = sentiment(t, 'fr').score; return v > 0 ? 'positive' : v < 0 ? 'negative' : 'neutral'; };
} else {
  console.error('unknown peer ' + peer);
  process.exit(2);
}
const start = process.hrtime.bigint();
const out = lines.map(score);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(out.join('\n') + '\n');
process.stderr.write(String(seconds) + '\n');
