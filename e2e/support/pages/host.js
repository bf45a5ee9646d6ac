// A scriptable agent desktop for the tests: records what the widget sends, answers on command.
// The iframe URL comes from this page's own query string: ?widget=<encoded widget URL>.
(function () {
  const query = new URLSearchParams(location.search);
  let frame = document.getElementById('widget');
  // ?name= gives the frame a name, as desktops that address it by name (window.frames[name]) do.
  // A frame gets its name when it is inserted, so a named copy replaces the page's frame.
  if (query.get('name')) {
    const named = frame.cloneNode(false);
    named.name = query.get('name');
    frame.replaceWith(named);
    frame = named;
  }
  const widgetUrl = new URL(query.get('widget'));
  const widgetOrigin = widgetUrl.origin;
  const MODES = [
    { ModeID: '3', Description: 'Mobile', Cvalue: '6591462346' },
    { ModeID: '1', Description: 'Home', Cvalue: '6512345678' },
  ];
  window.received = [];
  // ?modes=none leaves GetCallBackModes unanswered; ?result=success answers every callback with success.
  window.autoAnswer = {
    modes: query.get('modes') === 'none' ? null : query.get('modes') === 'empty' ? [] : MODES,
    result:
      query.get('result') === 'success'
        ? (callid, subtopic) => ({ channel: 'LCM', topic: 'WebService', subtopic: ' ' + subtopic + 'Result', message: { callid, response: { success: true } } })
        : null,
  };

  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.origin !== widgetOrigin) return;
    window.received.push(event.data);
    const inner = event.data && event.data.message && event.data.topic === '' ? event.data.message : event.data;
    const subtopic = inner && inner.subtopic;
    const callid = inner && inner.data && inner.data.callid;
    if (subtopic === 'GetCallBackModes' && window.autoAnswer.modes) {
      window.reply({ channel: 'LCM', topic: 'Webservice', subtopic: 'CallbackModes', message: { callid, response: window.autoAnswer.modes } });
    }
    if (/^Set(Personal)?CallbackWithComments$/.test(subtopic) && window.autoAnswer.result) {
      const answer = window.autoAnswer.result(callid, subtopic);
      if (answer) setTimeout(() => window.reply(answer), 50);
    }
  });

  window.reply = (message) => frame.contentWindow.postMessage(message, widgetOrigin);
  // Resolves once the new document has loaded: a test that reads the frame, or posts to it,
  // right after a reload must never reach the document being replaced.
  window.reloadWidget = () =>
    new Promise((resolve) => {
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.src = widgetUrl.href;
    });
  frame.src = widgetUrl.href;
})();
