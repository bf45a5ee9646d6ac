// A scriptable agent desktop for the tests: records what the widget sends, answers on command.
// The iframe URL comes from this page's own query string: ?widget=<encoded widget URL>.
(function () {
  const frame = document.getElementById('widget');
  const widgetUrl = new URL(new URLSearchParams(location.search).get('widget'));
  const widgetOrigin = widgetUrl.origin;
  window.received = [];
  window.autoAnswer = { modes: null, result: null };

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
  window.reloadWidget = () => {
    frame.src = widgetUrl.href;
  };
  frame.src = widgetUrl.href;
})();
