// The board's drag and drop. Dropping a card on a column posts the card's own move form with the column's
// milestone as target, so a drag makes exactly the move the card's button makes and the server answers the
// same way (moved, or refused with the missing items). Moving back needs a reason, asked for here. Kept in a
// file: the Content-Security-Policy allows no inline script. Without JavaScript the buttons still work.
(function () {
  'use strict';

  var board = document.querySelector('[data-testid="board"]');
  if (!board) {
    return;
  }
  var dragged = null;

  function columnOf(element) {
    return element.closest('[data-testid="board-column"]');
  }

  board.addEventListener('dragstart', function (event) {
    var card = event.target.closest ? event.target.closest('[data-testid="board-card"]') : null;
    if (!card) {
      return;
    }
    dragged = card;
    card.classList.add('board-card-dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.getAttribute('data-opportunity'));
  });

  board.addEventListener('dragend', function () {
    if (dragged) {
      dragged.classList.remove('board-card-dragging');
    }
    board.querySelectorAll('.board-column-over').forEach(function (column) {
      column.classList.remove('board-column-over');
    });
  });

  board.addEventListener('dragover', function (event) {
    var column = columnOf(event.target);
    if (dragged && column) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      column.classList.add('board-column-over');
    }
  });

  board.addEventListener('dragleave', function (event) {
    var column = columnOf(event.target);
    if (column && !column.contains(event.relatedTarget)) {
      column.classList.remove('board-column-over');
    }
  });

  board.addEventListener('drop', function (event) {
    var column = columnOf(event.target);
    var card = dragged;
    dragged = null;
    if (!card || !column) {
      return;
    }
    event.preventDefault();
    column.classList.remove('board-column-over');
    var target = column.getAttribute('data-milestone');
    if (target === card.getAttribute('data-milestone')) {
      return;
    }
    var form = card.querySelector('[data-testid="board-move-form"]');
    form.elements.target.value = target;
    var back = Number(column.getAttribute('data-position')) < Number(card.getAttribute('data-position'));
    if (back) {
      var reason = window.prompt(board.getAttribute('data-back-reason-prompt'), '');
      if (reason === null) {
        return;
      }
      form.elements.reason.value = reason;
    }
    if (typeof form.requestSubmit === 'function') {
      form.requestSubmit();
    } else {
      form.submit();
    }
  });
})();
