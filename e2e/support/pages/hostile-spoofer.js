// A neighbour frame that floods the widget frame (its parent's first frame) with answers
// that would settle the agent's request if the widget trusted them: successes for the
// call in ?callid= in every shape the widget accepts from its real host, and fake modes.
(function () {
  const callid = new URLSearchParams(location.search).get('callid');
  const result = (subtopic) => ({
    channel: 'LCM',
    topic: 'Webservice',
    subtopic,
    message: { callid, response: { success: true } },
  });
  const answers = [
    result('SetCallbackWithCommentsResult'),
    result(' SetPersonalCallbackWithCommentsResult'),
    JSON.stringify(result('SetCallbackWithCommentsResult')),
    { channel: 'LCM', topic: '', subTopic: '', message: result('SetCallbackWithCommentsResult') },
    {
      channel: 'LCM',
      topic: 'Webservice',
      subtopic: 'CallbackModes',
      message: { callid, response: [{ ModeID: '66', Description: 'Spoofed', Cvalue: '0000000' }] },
    },
  ];
  // Often enough to be there whenever the widget listens, rarely enough not to load a slow CI box.
  setInterval(() => {
    for (const answer of answers) parent.frames[0].postMessage(answer, '*');
  }, 200);
})();
