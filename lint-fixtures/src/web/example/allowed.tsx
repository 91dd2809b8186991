// Browser code using React, Designsystemet, the router, the API client and the shared domain schemas.
import { useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { api } from '../api.ts';
import { ZPersonInput } from '../../domain/org/person.ts';

export function Example() {
  const [count, setCount] = useState(0);
  return <Link to="/">{String([api, ZPersonInput])}<Button onClick={() => setCount(count + 1)}>{count}</Button></Link>;
}
