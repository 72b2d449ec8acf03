document.write('86');
