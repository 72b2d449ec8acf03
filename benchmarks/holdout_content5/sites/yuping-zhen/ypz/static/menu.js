document.getElementById('menuBtn').addEventListener('click', function () {
  document.getElementById('ypMenu').classList.toggle('open');
});
