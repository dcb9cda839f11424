// The print layout's "print" button (approvals/print.html). Kept in a file: the Content-Security-Policy allows no inline script.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-action="print"]').forEach(function (button) {
    button.addEventListener('click', function () {
      window.print();
    });
  });
});
