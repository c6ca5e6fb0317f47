/**
 * Records every utterance the real speechSynthesis receives in `window.spoken` (the API itself is left as it
 * is). Added with `context.addInitScript(SPEECH_SPY)`, so it is in place before the page's own scripts run.
 */
export const SPEECH_SPY = () => {
  const w = window as unknown as { spoken: string[] };
  w.spoken = [];
  const real = window.speechSynthesis.speak.bind(window.speechSynthesis);
  window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
    w.spoken.push(u.text);
    real(u);
  };
};
