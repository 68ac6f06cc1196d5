// The survey designer: add and remove question rows, and show only the fields the chosen type uses.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var form = document.getElementById('designer');
  if (!form) {
    return;
  }
  var list = document.getElementById('questions');
  var template = document.getElementById('question-template');
  var groups = {
    'only-choice': ['SINGLE', 'MULTI'], 'only-servqual': ['SERVQUAL'], 'only-kano': ['KANO'],
    'only-nps': ['NPS'], 'only-mot': ['MOT']
  };

  function refresh(question) {
    var type = question.querySelector('.question-type').value;
    Object.keys(groups).forEach(function (name) {
      question.querySelectorAll('.' + name).forEach(function (field) {
        field.hidden = groups[name].indexOf(type) < 0;
      });
    });
  }

  function wire(question) {
    question.querySelector('.question-type').addEventListener('change', function () { refresh(question); });
    question.querySelector('.remove-question').addEventListener('click', function () { question.remove(); });
    refresh(question);
  }

  list.querySelectorAll('.question').forEach(wire);
  document.getElementById('add-question').addEventListener('click', function () {
    var question = template.content.firstElementChild.cloneNode(true);
    list.appendChild(question);
    wire(question);
  });
});
