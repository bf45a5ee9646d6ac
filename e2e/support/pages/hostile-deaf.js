// A host that embeds the widget and never listens: no message listener, no answer, ever.
document.getElementById('widget').src = new URLSearchParams(location.search).get('widget');
