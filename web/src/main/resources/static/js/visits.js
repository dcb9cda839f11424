// The visit forms' filter boxes: typing into an input with data-filter-list="ID" hides the items
// ([data-filter-item]) of the list #ID whose data-filter-text does not contain what was typed.
// Kept in a file: the Content-Security-Policy allows no inline script.
document.addEventListener('input', function (event) {
  var box = event.target;
  if (!box.matches || !box.matches('[data-filter-list]')) {
    return;
  }
  var list = document.getElementById(box.getAttribute('data-filter-list'));
  if (!list) {
    return;
  }
  var query = box.value.trim().toLowerCase();
  list.querySelectorAll('[data-filter-item]').forEach(function (item) {
    var text = (item.getAttribute('data-filter-text') || item.textContent).toLowerCase();
    var checked = item.querySelector('input:checked');
    item.hidden = query !== '' && text.indexOf(query) < 0 && !checked;
  });
});
