// The scriptable host of host.js, plus a hostile neighbour frame beside the widget.
// ?spoofer=<encoded URL of hostile-spoofer.html> picks the neighbour's origin;
// ?sandbox=1 sandboxes it (allow-scripts only), which gives it the opaque origin "null".
(function () {
  const params = new URLSearchParams(location.search);
  const spoofer = document.getElementById('spoofer');
  if (params.get('sandbox') === '1') spoofer.setAttribute('sandbox', 'allow-scripts');
  spoofer.src = params.get('spoofer');
})();
